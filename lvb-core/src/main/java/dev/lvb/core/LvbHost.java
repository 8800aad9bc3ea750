package dev.lvb.core;

import java.net.URI;

/**
 * The two LVB API hosts. Both serve the path {@value #PATH}; the statistics APIs live on {@link #STATCGI} and name
 * the APPID {@code cmd}, every other API lives on {@link #FCGI} and names it {@code appid}.
 */
public enum LvbHost {
    /** Status, operation, recording, list and mixing APIs. */
    FCGI(LvbHost.FCGI_URL, "appid"),
    /** Statistics APIs only. */
    STATCGI("http://statcgi.video.qcloud.com", "cmd");

    /** LVB's fcgi base URL, as a constant for annotations. */
    public static final String FCGI_URL = "http://fcgi.video.qcloud.com";

    /** The path every legacy API is served under. */
    public static final String PATH = "/common_access";

    private final URI defaultBaseUri;
    private final String appIdParam;

    LvbHost(String defaultBaseUri, String appIdParam) {
        this.defaultBaseUri = URI.create(defaultBaseUri);
        this.appIdParam = appIdParam;
    }

    /** @return the public base URL (plain HTTP, as LVB documents) */
    public URI defaultBaseUri() {
        return defaultBaseUri;
    }

    /** @return the documented name of the APPID query parameter on this host */
    public String appIdParam() {
        return appIdParam;
    }
}
