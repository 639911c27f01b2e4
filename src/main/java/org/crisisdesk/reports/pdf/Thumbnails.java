package org.crisisdesk.reports.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Turns attachment bytes into a small image for the report. Large photos are subsampled while
 * decoding (a phone photo would otherwise make the PDF many megabytes); anything that does not
 * decode gives null, and the caller lists the file instead.
 */
public final class Thumbnails {
    private Thumbnails() {
    }

    public static PDImageXObject thumbnail(PDDocument doc, byte[] bytes, int maxPixels) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            BufferedImage src = decode(bytes, maxPixels);
            if (src == null) {
                return null;
            }
            BufferedImage img = scale(src, maxPixels);
            return img.getColorModel().hasAlpha() ? LosslessFactory.createFromImage(doc, img)
                    : JPEGFactory.createFromImage(doc, img, 0.85f);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage decode(byte[] bytes, int maxPixels) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    return null;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(w, h) / (maxPixels * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scale(BufferedImage src, int maxPixels) {
        double f = Math.min(1.0, (double) maxPixels / Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * f));
        int h = Math.max(1, (int) Math.round(src.getHeight() * f));
        boolean alpha = src.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
