package dev.lvb.it.hostile;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the hostile-traffic suite sends, in sending order, and what must come of it.
 *
 * @param prefix the stream id prefix of this run (every stream id of the run contains it)
 * @param shots the requests, in sending order
 * @param groups per valid event (by its stream id): the observer that must see it once
 * @param signs the correct signatures ({@code md5(callback key + t)}) of every t the run uses: no log may show one
 */
public record Plan(String prefix, List<Shot> shots, Map<String, String> groups, Set<String> signs) {

    /** @return requests per category */
    public Map<Category, Integer> counts() {
        Map<Category, Integer> out = new EnumMap<>(Category.class);
        for (Shot s : shots) {
            out.merge(s.category(), 1, Integer::sum);
        }
        return out;
    }

    @Override
    public String toString() {
        // what Property shows of a failing sample: the shape, not 100,000 bodies
        return "Plan[" + shots.size() + " requests, " + groups.size() + " valid events, prefix " + prefix + ", "
                + counts() + "]";
    }

    static String clip(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        return body.length > 300 ? s + "... (" + body.length + " bytes)" : s;
    }
}
