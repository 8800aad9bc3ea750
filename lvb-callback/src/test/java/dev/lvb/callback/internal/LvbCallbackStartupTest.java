package dev.lvb.callback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import dev.lvb.callback.LvbCallbackSettings;

class LvbCallbackStartupTest {

    @Test
    void warnsLoudlyWhenVerificationIsOff() {
        String name = "dev.lvb.callback.test.startup";
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(name);
        jul.addHandler(capture);
        try {
            assertThat(LvbCallbackStartup.check(LvbCallbackSettings.defaults(), Logger.getLogger(name))).isEmpty();
            assertThat(records).isEmpty();

            assertThat(LvbCallbackStartup.check(LvbCallbackSettings.defaults().withVerifySignature(false),
                    Logger.getLogger(name))).contains(LvbCallbackStartup.VERIFICATION_DISABLED_WARNING);
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.getLevel().intValue()).isGreaterThanOrEqualTo(Level.WARNING.intValue());
                assertThat(r.getMessage()).contains("DISABLED").contains("forge");
            });
        } finally {
            jul.removeHandler(capture);
        }
    }
}
