package dev.lvb.simulator.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Placeholder content behind the URLs of simulated recording files and screenshots, so that a demo can follow
 * them: an FLV header, an empty HLS playlist, a small grey JPEG.
 */
final class Media {

    /** Where media is served. */
    static final String PATH = "/simulator/media/";

    private static final byte[] FLV_HEADER = { 'F', 'L', 'V', 1, 5, 0, 0, 0, 9, 0, 0, 0, 0 };
    private static volatile byte[] jpeg;

    private Media() {
    }

    /** @return content type and bytes for a media name, or {@code null} when there is no such kind */
    static Object[] content(String name) {
        if (name.endsWith(".flv")) {
            return new Object[] { "video/x-flv", FLV_HEADER.clone() };
        }
        if (name.endsWith(".m3u8")) {
            return new Object[] { "application/vnd.apple.mpegurl",
                    "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-ENDLIST\n".getBytes(StandardCharsets.US_ASCII) };
        }
        if (name.endsWith(".mp4")) {
            return new Object[] { "video/mp4", new byte[0] };
        }
        if (name.endsWith(".aac")) {
            return new Object[] { "audio/aac", new byte[0] };
        }
        if (name.endsWith(".jpg")) {
            return new Object[] { "image/jpeg", jpeg() };
        }
        return null;
    }

    private static byte[] jpeg() {
        byte[] j = jpeg;
        if (j == null) {
            try {
                // Loaded only when a screenshot is actually fetched: java.desktop is not needed otherwise.
                BufferedImage img = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = img.createGraphics();
                g.setColor(Color.DARK_GRAY);
                g.fillRect(0, 0, 64, 36);
                g.dispose();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                javax.imageio.ImageIO.write(img, "jpg", out);
                j = out.toByteArray();
            } catch (IOException | LinkageError | RuntimeException e) {
                j = new byte[0];
            }
            jpeg = j;
        }
        return j.clone();
    }
}
