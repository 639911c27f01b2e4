package org.crisisdesk.app.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/** Small stand-in files for the demo's attachments: drawn photos and short text documents. */
final class DemoSamples {
    private DemoSamples() {
    }

    record Sample(String caseTitle, String fileName, boolean personalData, Supplier<byte[]> content) {
        Path writeTo(Path dir) {
            try {
                return Files.write(dir.resolve(fileName), content.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<Sample> all() {
        return List.of(
                new Sample("沙发开裂", "沙发扶手开裂照片.png", false, () -> crackPhoto(new Color(0xB0, 0x8D, 0x6E))),
                new Sample("沙发开裂", "购货凭证.txt", true, () -> text("""
                        购货凭证(扫描件说明)
                        顾客:张丽  电话:138****5678
                        商品:三人位布艺沙发  金额:8,600 元
                        """)),
                new Sample("新装定制衣柜甲醛味刺鼻", "甲醛检测报告.txt", false, () -> text("""
                        室内空气质量检测报告(摘要)
                        检测点:主卧衣柜内
                        甲醛:0.21 mg/m³(GB/T 18883 限值 0.08 mg/m³)
                        """)),
                new Sample("餐椅椅腿断裂致老人摔伤", "断裂椅腿照片.png", false, () -> crackPhoto(new Color(0x8B, 0x5A, 0x2B))),
                new Sample("餐椅椅腿断裂致老人摔伤", "诊断证明.txt", true, () -> text("""
                        诊断证明书(复印件说明)
                        患者:黄**之母  诊断:左腕桡骨远端骨折
                        """)),
                new Sample("瓷砖商户撤店,十余位顾客无法提货", "到场顾客登记表.txt", true, () -> text("""
                        到场顾客登记表
                        共 11 户,姓名、电话、付款金额见原件(含个人信息,勿外传)。
                        """)));
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A plain surface with a jagged dark line: enough to look like a photo of a crack in a list. */
    private static byte[] crackPhoto(Color surface) {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(surface);
            g.fillRect(0, 0, 320, 240);
            g.setColor(surface.darker().darker());
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int[] xs = {40, 90, 120, 170, 200, 250, 280};
            int[] ys = {60, 95, 80, 130, 150, 170, 200};
            g.drawPolyline(xs, ys, xs.length);
        } finally {
            g.dispose();
        }
        try (var out = new java.io.ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
