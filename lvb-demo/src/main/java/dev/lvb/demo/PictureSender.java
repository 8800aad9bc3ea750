package dev.lvb.demo;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * Sends the board's pictures to one server-sent-events client: one write at a time, only the latest picture when the
 * client is slow, and a quiet end when the client is gone. A closed page, a reload or a dropped connection is
 * normal for a web page: it is a DEBUG line here, never an error with a stack trace.
 */
final class PictureSender implements Consumer<StreamBoard.Board> {

    private static final Logger LOG = Logger.getLogger(PictureSender.class);

    private final SseEventSink sink;
    private final Sse sse;
    private final StreamBoard board;
    private final AtomicReference<StreamBoard.Board> next = new AtomicReference<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean gone = new AtomicBoolean();

    PictureSender(SseEventSink sink, Sse sse, StreamBoard board) {
        this.sink = sink;
        this.sse = sse;
        this.board = board;
    }

    /** Subscribes to the board: the current picture now, then every new one. */
    void start() {
        board.subscribe(this);
    }

    @Override
    public void accept(StreamBoard.Board picture) {
        next.set(picture);
        drain();
    }

    private void drain() {
        while (!gone.get() && next.get() != null && sending.compareAndSet(false, true)) {
            StreamBoard.Board picture = next.getAndSet(null);
            if (picture == null) {
                sending.set(false);
                continue;
            }
            if (sink.isClosed()) {
                end("closed");
                return;
            }
            try {
                sink.send(sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(StreamBoard.Board.class, picture).build())
                        .whenComplete((ok, failure) -> {
                            if (failure != null) {
                                end(failure.toString());
                            } else {
                                sending.set(false);
                                drain();
                            }
                        });
            } catch (RuntimeException closedMeanwhile) {
                end(closedMeanwhile.toString());
            }
            return;
        }
    }

    private void end(String why) {
        if (gone.compareAndSet(false, true)) {
            board.unsubscribe(this);
            // Not sink.close(): the connection is gone, and ending a response on it makes Netty warn.
            LOG.debugf("live updates: a page went away (%s)", why);
        }
    }
}
