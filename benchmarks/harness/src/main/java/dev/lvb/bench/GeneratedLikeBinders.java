package dev.lvb.bench;

import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.json.LvbBinder;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.core.json.LvbBinding;

/**
 * The binder the Quarkus extension generates for {@link StreamBeginEvent} (LvbBinderProcessor), written out: the same
 * {@link LvbBinding} reader per component under its wire name, the object passed as raw. The harness runs without
 * a Quarkus build, so it cannot load the generated class itself; the code is the same calls in the same order.
 */
final class GeneratedLikeBinders implements LvbBinders {

    private static final LvbBinder<StreamBeginEvent> STREAM_BEGIN = o -> new StreamBeginEvent(
            LvbBinding.longValue(o, "appid"), LvbBinding.text(o, "app"), LvbBinding.text(o, "appname"),
            LvbBinding.text(o, "channel_id"), LvbBinding.text(o, "stream_id"), LvbBinding.longValue(o, "event_time"),
            LvbBinding.text(o, "sequence"), LvbBinding.text(o, "node"), LvbBinding.text(o, "user_ip"),
            LvbBinding.text(o, "stream_param"), LvbBinding.intValue(o, "errcode"), LvbBinding.text(o, "errmsg"),
            LvbBinding.intValue(o, "set_id"), LvbBinding.intValue(o, "width"), LvbBinding.intValue(o, "height"),
            LvbBinding.text(o, "idc_id"), o);

    @Override
    @SuppressWarnings("unchecked")
    public <T> LvbBinder<T> binder(Class<T> type) {
        return type == StreamBeginEvent.class ? (LvbBinder<T>) STREAM_BEGIN : null;
    }
}
