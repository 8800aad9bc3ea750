package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusRequest;
import dev.lvb.core.wire.LvbParams;

/** Parallel pushes, stops and API calls keep the state and the notifications consistent. */
class ConcurrencyTest {

    @Test
    void parallelPushesAndStopsStayConsistent() throws Exception {
        AdjustableClock clock = AdjustableClock.at(Lvb.T0);
        try (CallbackReceiver receiver = new CallbackReceiver(LvbSimulatorConfig.DEFAULT_API_KEY, clock);
                LvbSimulator sim = LvbSimulator.start(Lvb.testConfig(clock).callbackUrl(receiver.url()).build())) {
            Lvb lvb = new Lvb(sim);
            List<String> streams = List.of("1000_a", "1000_b", "1000_c", "1000_d");
            AtomicInteger started = new AtomicInteger();
            AtomicInteger stopped = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                jobs.add(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < 150; i++) {
                        String id = streams.get(random.nextInt(streams.size()));
                        switch (random.nextInt(3)) {
                            case 0 -> {
                                if (sim.startPush(id).accepted()) {
                                    started.incrementAndGet();
                                }
                            }
                            case 1 -> {
                                if (sim.stopPush(id)) {
                                    stopped.incrementAndGet();
                                }
                            }
                            default -> {
                                if (i % 10 == 0) {
                                    lvb.get(LvbInterface.CHANNEL_GET_STATUS, new StreamStatusRequest(id));
                                }
                            }
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
            pool.shutdown();

            long live = sim.streams().stream().filter(StreamView::isLive).count();
            assertThat(started.get() - stopped.get()).isEqualTo((int) live);
            LiveChannelList list = lvb.call(LvbInterface.CHANNEL_GET_LIVE_CHANNEL_LIST, (LvbParams) null,
                    LiveChannelList.class);
            assertThat(list.allCount()).isEqualTo((int) live);
            for (String id : streams) {
                boolean isLive = sim.stream(id).map(StreamView::isLive).orElse(false);
                if (sim.stream(id).isPresent()) {
                    assertThat(lvb.call(LvbInterface.CHANNEL_GET_STATUS, new StreamStatusRequest(id),
                            StreamStatus.class).isLive()).isEqualTo(isLive);
                }
            }

            int events = started.get() + stopped.get();
            List<CallbackRecord> log = sim.awaitCallbacks(events, Duration.ofSeconds(30));
            assertThat(log).hasSize(events);
            assertThat(log).extracting(CallbackRecord::state).containsOnly(CallbackRecord.State.DELIVERED);
            assertThat(log).extracting(CallbackRecord::id).isSorted();

            // Per stream: begin, end, begin, end, ... with matching sequences, received in that order.
            Map<String, List<CallbackRecord>> byStream = log.stream()
                    .collect(Collectors.groupingBy(CallbackRecord::streamId));
            Map<String, List<String>> receivedByStream = receiver.await(events, Duration.ofSeconds(30)).stream()
                    .collect(Collectors.groupingBy(CallbackReceiver.Received::streamId,
                            Collectors.mapping(r -> r.body().getString("sequence") + ":" + r.eventType(),
                                    Collectors.toList())));
            for (Map.Entry<String, List<CallbackRecord>> e : byStream.entrySet()) {
                List<CallbackRecord> records = e.getValue();
                for (int i = 0; i < records.size(); i++) {
                    assertThat(records.get(i).eventType()).isEqualTo(i % 2 == 0 ? 1 : 0);
                    if (i % 2 == 1) {
                        assertThat(records.get(i).body().getString("sequence"))
                                .isEqualTo(records.get(i - 1).body().getString("sequence"));
                    }
                }
                assertThat(receivedByStream.get(e.getKey())).containsExactlyElementsOf(records.stream()
                        .map(r -> r.body().getString("sequence") + ":" + r.eventType()).toList());
            }
        }
    }
}
