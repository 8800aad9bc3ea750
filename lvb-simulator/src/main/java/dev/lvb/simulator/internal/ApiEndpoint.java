package dev.lvb.simulator.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;

import dev.lvb.core.LvbHost;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.error.LvbMixErrorCode;
import dev.lvb.core.error.LvbValidationException;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.MixCall;
import dev.lvb.core.model.MixOutputType;
import dev.lvb.core.model.MixParameters;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.MixStreamBody;
import dev.lvb.core.model.StartMixRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * {@code /common_access}: LVB's legacy API on both hosts. Checks the APPID parameter, {@code sign} and {@code t}
 * like LVB's front end, parses the business parameters with lvb-core's request models and answers with
 * lvb-core's result models in LVB's envelope.
 */
final class ApiEndpoint {

    /** Query {@code interface} values that mean "stream mixing" (the body names the operation). */
    static final Set<String> MIX_QUERY_INTERFACES = Set.of("Mix_StreamV2", "Mix_Stream",
            LvbInterface.MIX_START.wireName(), LvbInterface.MIX_CANCEL.wireName());

    private final Engine engine;
    private final long appId;
    private final String appIdText;

    ApiEndpoint(Engine engine) {
        this.engine = engine;
        this.appId = engine.config().appId();
        this.appIdText = Long.toString(appId);
    }

    void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        boolean post = "POST".equals(method);
        if (!post && !"GET".equals(method)) {
            Http.methodNotAllowed(ex, "GET, POST");
            return;
        }
        byte[] body = Http.readBody(ex);
        try {
            respond(ex, post, body);
        } finally {
            // The caller has its answer before the notifications it caused leave.
            engine.flush();
        }
    }

    private void respond(HttpExchange ex, boolean post, byte[] body) throws IOException {
        String raw = ex.getRequestURI().getRawQuery();
        String contentType = ex.getRequestHeaders().getFirst("Content-Type");
        if (post && contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && body.length > 0) {
            // Some clients POST the parameters; LVB reads the query, and a form body does no harm.
            raw = (raw == null ? "" : raw + "&") + new String(body, StandardCharsets.UTF_8);
        }
        LvbParams params;
        try {
            params = LvbParams.parseFormEncoded(raw);
        } catch (LvbValidationException e) {
            Http.json(ex, 200, envelope(ApiError.FCGI_INVALID_PARAM, e.getMessage()));
            return;
        }
        String name = params.get("interface").orElse(null);
        boolean mixing = name != null && MIX_QUERY_INTERFACES.contains(name);
        Optional<LvbInterface> api = mixing ? Optional.of(LvbInterface.MIX_START) : LvbInterface.fromWireName(name);
        boolean stat = api.map(a -> a.host() == LvbHost.STATCGI).orElse(false);

        LvbFrontEndException.Reason refusal = frontEnd(params, stat);
        if (refusal != null) {
            refuse(ex, refusal);
            return;
        }
        if (api.isEmpty()) {
            Http.json(ex, 200, envelope(ApiError.UNKNOWN_INTERFACE, "interface is invalid"));
            return;
        }
        if (mixing) {
            Http.json(ex, 200, mix(post, body));
            return;
        }
        String reply;
        try {
            reply = call(api.get(), params);
        } catch (LvbValidationException e) {
            reply = invalid(stat, e.getMessage());
        } catch (ArithmeticException e) {
            reply = invalid(stat, "a numeric parameter is out of range");
        } catch (ApiError e) {
            reply = envelope(e.ret(), e.getMessage());
        }
        Http.json(ex, 200, reply);
    }

    /**
     * LVB's front end: the APPID parameter ({@code appid} on fcgi, {@code cmd} on statcgi; fcgi also takes
     * {@code cmd} as in the 2016 documentation), then {@code sign}, then the expiry {@code t}.
     */
    private LvbFrontEndException.Reason frontEnd(LvbParams params, boolean stat) {
        Optional<String> appid = params.get("appid");
        Optional<String> cmd = params.get("cmd");
        Optional<String> key;
        if (appid.isPresent()) {
            key = keyOf(appid.get());
            // A statistics API does not exist on the fcgi host.
            if (stat || key.isEmpty()) {
                return LvbFrontEndException.Reason.APPID_INVALID;
            }
        } else if (cmd.isPresent()) {
            key = keyOf(cmd.get());
            if (key.isEmpty()) {
                return LvbFrontEndException.Reason.CMD_INVALID;
            }
        } else {
            return stat ? LvbFrontEndException.Reason.CMD_INVALID : LvbFrontEndException.Reason.APPID_INVALID;
        }
        String t = params.get("t").orElse("");
        String sign = params.get("sign").orElse("");
        if (t.isEmpty() || sign.isEmpty() || !LvbSignature.matches(LvbSignature.sign(key.get(), t), sign)) {
            return LvbFrontEndException.Reason.SIGN_INVALID;
        }
        // t is an expiry in decimal seconds; anything else (hex, fractions) reads as long past.
        if (t.length() > 18 || !t.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(t) < engine.config().clock().instant().getEpochSecond()) {
            return LvbFrontEndException.Reason.TIME_EXPIRED;
        }
        return null;
    }

    /** @return the API key of the APPID written exactly as {@code text} (no sign, no leading zeros), if served */
    private Optional<String> keyOf(String text) {
        if (text.equals(appIdText)) {
            return Optional.of(engine.config().apiKey());
        }
        if (text.isEmpty() || text.length() > 18 || text.charAt(0) == '0'
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return engine.config().apiKeyOf(Long.parseLong(text));
    }

    private void refuse(HttpExchange ex, LvbFrontEndException.Reason reason) throws IOException {
        if (engine.config().plainTextErrors()) {
            Http.send(ex, 200, Http.TEXT, reason.text());
        } else {
            Http.json(ex, 200, envelope(-1, reason.text()));
        }
    }

    private String call(LvbInterface api, LvbParams p) {
        SimState s = engine.state();
        return switch (api) {
            case GET_LIVE_STAT, GET_LIVE_PUSH_STAT, GET_LIVE_PLAY_STAT -> {
                LiveStat stat = s.liveStat(api, RequestParsers.liveStat(p));
                // "If the stream is not live, output is empty."
                yield ok(stat == null ? JsonValue.EMPTY_JSON_ARRAY : tree(stat));
            }
            case GET_LIVE_PUSH_STAT_HISTORY ->
                    ok(tree(s.pushStatHistory(RequestParsers.pushStatHistory(p))));
            case GET_LIVE_PLAY_STAT_HISTORY ->
                    ok(tree(s.playStatHistory(RequestParsers.playStatHistory(p))));
            case CHANNEL_GET_STATUS -> ok(tree(s.getStatus(RequestParsers.streamStatus(p))));
            case CHANNEL_SET_STATUS -> {
                s.setStatus(RequestParsers.setStatus(p));
                yield ok(null);
            }
            case TAPE_GET_FILELIST -> ok(tree(s.recordingFileList(RequestParsers.recordingFiles(p))));
            case QUEUE_GET -> ok(tree(s.queueGet(RequestParsers.screenshotQueue(p))));
            case CHANNEL_GET_CHANNEL_LIST -> ok(tree(s.channelList(RequestParsers.channelList(p))));
            case CHANNEL_GET_LIVE_CHANNEL_LIST -> ok(tree(s.liveChannelList()));
            case CHANNEL_MANAGER -> {
                s.channelManager(RequestParsers.channelManager(p));
                yield ok(null);
            }
            // "64-bit unsigned integer": a JSON number, above 2^63 here, as clients must be ready for.
            case TAPE_START -> ok(LvbJson.provider().createObjectBuilder().add("task_id",
                    new BigInteger(s.startRecording(RequestParsers.startRecording(p)).taskId())).build());
            case TAPE_STOP -> {
                s.stopRecording(RequestParsers.stopRecording(p));
                yield ok(null);
            }
            case MIX_START, MIX_CANCEL -> throw new IllegalStateException("mixing is routed separately");
        };
    }

    // ------------------------------------------------------------------------------------------------- mixing

    private String mix(boolean post, byte[] body) {
        long now = engine.config().clock().instant().getEpochSecond();
        Long eventId = null;
        try {
            if (!post || body.length == 0) {
                throw new MixError(LvbMixErrorCode.BAD_REQUEST, "mixing is a POST with a JSON body");
            }
            JsonObject json;
            try {
                json = LvbJson.parseObject(body);
            } catch (RuntimeException e) {
                throw new MixError(LvbMixErrorCode.BAD_REQUEST, "the body is not a JSON object");
            }
            MixStreamBody request = bind(json);
            eventId = request.eventId();
            MixCall call = request.call();
            if (call == null || !MixCall.INTERFACE_NAME.equals(call.interfaceName()) || call.para() == null) {
                throw new MixError(LvbMixErrorCode.BAD_REQUEST,
                        "interface.interfaceName must be " + MixCall.INTERFACE_NAME + " with a para object");
            }
            MixParameters para = call.para();
            if (eventId == null || eventId == 0) {
                throw new MixError(LvbMixErrorCode.BAD_PARAMETERS, "eventId is missing or 0");
            }
            if (para.appId() == null || para.appId() == 0) {
                throw new MixError(LvbMixErrorCode.BAD_PARAMETERS, "para.app_id is missing or 0");
            }
            if (para.appId() != appId) {
                throw new MixError(LvbMixErrorCode.BAD_PARAMETERS, "para.app_id is not this account's APPID");
            }
            String op = para.operation();
            if (LvbInterface.MIX_START.wireName().equals(op)) {
                engine.state().startMix(startRequest(para));
            } else if (LvbInterface.MIX_CANCEL.wireName().equals(op)) {
                engine.state().cancelMix(validated(() -> new CancelMixRequest(para.mixStreamSessionId(),
                        para.outputStreamId())));
            } else {
                throw new MixError(LvbMixErrorCode.BAD_REQUEST, "para.interface must be "
                        + LvbInterface.MIX_START.wireName() + " or " + LvbInterface.MIX_CANCEL.wireName());
            }
            return LvbJson.toJson(new MixResult(0, "Success!", Long.toString(eventId), now));
        } catch (MixError e) {
            return LvbJson.toJson(new MixResult(e.code(), e.getMessage(),
                    eventId == null ? null : Long.toString(eventId), now));
        }
    }

    private static MixStreamBody bind(JsonObject json) {
        try {
            return LvbJson.bind(json, MixStreamBody.class);
        } catch (RuntimeException e) {
            LvbValidationException invalid = validationCause(e);
            if (invalid != null) {
                throw new MixError(mixCode(invalid.parameter()), invalid.getMessage());
            }
            throw new MixError(LvbMixErrorCode.BAD_REQUEST, "the body does not fit the mixing format");
        }
    }

    private static StartMixRequest startRequest(MixParameters para) {
        if (para.inputStreamList() == null || para.inputStreamList().isEmpty()) {
            throw new MixError(LvbMixErrorCode.BAD_REQUEST, "input_stream_list is empty");
        }
        MixOutputType type;
        if (para.outputStreamType() == null || para.outputStreamType() == 0) {
            type = para.outputStreamType() == null ? null : MixOutputType.ONE_OF_INPUTS;
        } else if (para.outputStreamType() == 1) {
            type = MixOutputType.NEW_STREAM;
        } else {
            throw new MixError(LvbMixErrorCode.BAD_PARAMETERS, "output_stream_type must be 0 or 1");
        }
        int template = para.mixStreamTemplateId() == null ? 0 : para.mixStreamTemplateId();
        int expected = templateInputs(template);
        if (expected < 0 || (expected > 0 && para.inputStreamList().size() != expected)) {
            throw new MixError(LvbMixErrorCode.TEMPLATE_MISMATCH, expected < 0 ? "unknown template " + template
                    : "template " + template + " takes " + expected + " inputs");
        }
        return validated(() -> new StartMixRequest(para.mixStreamSessionId(), para.outputStreamId(), type,
                para.mixStreamTemplateId(), para.outputStreamBitrate(), para.inputStreamList()));
    }

    /** @return the inputs a preset template takes, 0 for "any" (template 0), -1 for an unknown template */
    static int templateInputs(int template) {
        return switch (template) {
            case 0 -> 0;
            case 10, 20, 30, 40, 50 -> 2;
            case 310, 390, 391 -> 3;
            case 410 -> 4;
            case 510, 590 -> 5;
            case 610 -> 6;
            default -> -1;
        };
    }

    private static <T> T validated(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (LvbValidationException e) {
            throw new MixError(mixCode(e.parameter()), e.getMessage());
        }
    }

    /** Maps the parameter lvb-core's validation names to the mixing code LVB documents for it. */
    static int mixCode(String parameter) {
        if (parameter.startsWith("crop_params")) {
            return LvbMixErrorCode.CROP_OUT_OF_RANGE.code();
        }
        if (parameter.equals("layout_params.image_layer")) {
            return LvbMixErrorCode.LAYER_ERROR.code();
        }
        if (parameter.startsWith("layout_params") || parameter.equals("input_stream_id")
                || parameter.equals("output_stream_id") || parameter.startsWith("input_stream_list[")) {
            return LvbMixErrorCode.BAD_STREAM_PARAMETERS.code();
        }
        if (parameter.equals("input_stream_list")) {
            return LvbMixErrorCode.INPUT_COUNT_OUT_OF_RANGE.code();
        }
        if (parameter.equals("output_stream_bitrate")) {
            return LvbMixErrorCode.BITRATE_OUT_OF_RANGE.code();
        }
        if (parameter.equals("mix_stream_template_id")) {
            return LvbMixErrorCode.TEMPLATE_MISMATCH.code();
        }
        return LvbMixErrorCode.BAD_PARAMETERS.code();
    }

    private static LvbValidationException validationCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LvbValidationException v) {
                return v;
            }
        }
        return null;
    }

    // ----------------------------------------------------------------------------------------------- envelope

    private String invalid(boolean stat, String detail) {
        return stat ? envelope(ApiError.STAT_INVALID_PARAM, "invalid input param: " + detail)
                : envelope(ApiError.FCGI_INVALID_PARAM, detail);
    }

    /** A success: {@code {"ret":0,"retcode":0,"errmsg":"","message":"","output":...}}. */
    static String ok(JsonValue output) {
        JsonObjectBuilder b = LvbJson.provider().createObjectBuilder().add("ret", 0).add("retcode", 0)
                .add("errmsg", "").add("message", "");
        if (output != null) {
            b.add("output", output);
        }
        return b.build().toString();
    }

    /** A model as a JSON tree, written by JSON-B with the library's wire names. */
    static JsonValue tree(Object model) {
        try (JsonReader r = LvbJson.provider().createReader(new StringReader(LvbJson.toJson(model)))) {
            return r.readValue();
        }
    }

    /** A failure, with the text in both {@code errmsg} and {@code message}. */
    static String envelope(int ret, String message) {
        return LvbJson.provider().createObjectBuilder().add("ret", ret).add("retcode", ret).add("errmsg", message)
                .add("message", message).build().toString();
    }
}
