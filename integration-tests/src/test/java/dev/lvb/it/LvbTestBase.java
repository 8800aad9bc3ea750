package dev.lvb.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.verification.NearMiss;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbReactiveApi;
import dev.lvb.it.logs.LogCaptureResource;
import dev.lvb.it.wiremock.InjectWireMock;
import dev.lvb.it.wiremock.LvbWireMockResource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.smallrye.mutiny.Uni;

/**
 * Base of every test against the application: WireMock plays LVB (one server, one application start for the whole
 * module), {@link #lvb} is the application's {@code @RestClient LvbApi} (looked up in the application, or driven
 * over HTTP in {@code @QuarkusIntegrationTest} twins, which cannot inject), and after each test no request may have
 * gone unmatched: a wrongly signed or shaped request fails the test even when the code under test swallowed the
 * error. The whole run logs at DEBUG to a file that {@code LogCaptureTest} scans for secrets
 * ({@link LogCaptureResource}).
 */
@WithTestResource(value = LvbWireMockResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = LogCaptureResource.class, scope = TestResourceScope.GLOBAL)
public abstract class LvbTestBase {

    /** How long a reactive call may take before the test gives up. */
    protected static final Duration AWAIT = Duration.ofSeconds(20);

    @InjectWireMock
    protected WireMockServer wireMock;

    /** The application's LVB client. */
    protected LvbApi lvb;

    /** The application's non-blocking LVB client. */
    protected LvbReactiveApi reactive;

    @BeforeEach
    void setUpLvb() {
        assertThat(wireMock).as("WireMock injected by LvbWireMockResource").isNotNull();
        wireMock.resetRequests();
        lvb = isIntegrationTest() ? RemoteLvbApi.create(applicationRoot())
                : Arc.container().select(LvbApi.class, RestClient.LITERAL).get();
        reactive = isIntegrationTest() ? RemoteLvbApi.createReactive(applicationRoot())
                : Arc.container().select(LvbReactiveApi.class, RestClient.LITERAL).get();
    }

    @AfterEach
    void everyRequestMatchedAStub() {
        List<LoggedRequest> unmatched = wireMock.findAllUnmatchedRequests();
        if (!unmatched.isEmpty()) {
            List<NearMiss> nearMisses = wireMock.findNearMissesForAllUnmatchedRequests();
            fail(unmatched.size() + " request(s) matched no LVB stub (wrong signature, host, parameter name or"
                    + " value):\n" + unmatched.stream().map(r -> r.getMethod() + " " + r.getUrl())
                            .collect(Collectors.joining("\n"))
                    + "\nnearest stubs:\n" + nearMisses.stream().map(n -> n.getDiff().toString())
                            .collect(Collectors.joining("\n")));
        }
    }

    /** @return whether this class runs against the packaged application */
    protected boolean isIntegrationTest() {
        return getClass().isAnnotationPresent(QuarkusIntegrationTest.class);
    }

    /** @return the application's root URL, as RestAssured is configured for it */
    protected static URI applicationRoot() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/");
    }

    /** Awaits a reactive call. */
    protected static <T> T await(Uni<T> uni) {
        return uni.await().atMost(AWAIT);
    }

    /** @return the results of the same call made blocking and through {@link #reactive} */
    protected static <T> List<T> both(Supplier<T> blocking, Supplier<Uni<T>> reactive) {
        T first = blocking.get();
        T second = await(reactive.get());
        return List.of(first, second);
    }

    /** Makes a call without result blocking and through {@link #reactive}. */
    protected static void bothVoid(Runnable blocking, Supplier<Uni<Void>> reactive) {
        blocking.run();
        await(reactive.get());
    }

    /**
     * Runs an LVB call blocking and through {@link #reactive}: both must fail with {@code type}, with no key in
     * any message, and pass {@code check}.
     *
     * @return the blocking call's exception
     */
    protected static <E extends Throwable> E expectFailure(Class<E> type, ThrowingCallable blocking,
            Supplier<Uni<?>> reactive, Consumer<E> check) {
        E fromBlocking = catchThrowableOfType(type, blocking);
        assertThat(fromBlocking).as("blocking call fails with " + type.getSimpleName()).isNotNull();
        E fromReactive = catchThrowableOfType(type, () -> await(reactive.get()));
        assertThat(fromReactive).as("reactive call fails with " + type.getSimpleName()).isNotNull();
        for (E e : List.of(fromBlocking, fromReactive)) {
            assertNoKeys(e);
            check.accept(e);
        }
        return fromBlocking;
    }

    /** Asserts that neither key appears in the messages of a throwable, its causes and suppressed ones. */
    protected static void assertNoKeys(Throwable thrown) {
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(List.of(thrown));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            assertThat(String.valueOf(t.getMessage()) + " " + t).doesNotContain(TestKeys.API_KEY)
                    .doesNotContain(TestKeys.CALLBACK_KEY);
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
    }

    /** @return the requests WireMock received at a host's {@code /common_access}, in order */
    protected List<LoggedRequest> requestsTo(String host) {
        return wireMock.findAll(anyRequestedFor(urlPathEqualTo(host + "/common_access")));
    }

    /** @return every request WireMock received since the test started */
    protected List<LoggedRequest> allRequests() {
        return wireMock.findAll(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    /** @return the decoded single-valued query parameters of a logged request */
    protected static Map<String, String> query(LoggedRequest request) {
        return request.getQueryParams().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().firstValue()));
    }
}
