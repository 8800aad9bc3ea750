package dev.lvb.demo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The demo with {@code demo.api=cloud}: its stream operations go through {@code LvbCloudApi}. */
public class CloudApiProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("demo.api", "cloud");
    }
}
