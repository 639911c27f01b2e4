package org.crisisdesk.ui.checklist;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.SystemTray;
import java.awt.Taskbar;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.function.LongConsumer;

/**
 * The system-tray side of alerts, for a minimised window. Everything is guarded: where the
 * platform has no tray, no taskbar or no sound (or runs headless), it quietly does nothing.
 */
final class TrayNotifier {
    private final String appName;
    private final LongConsumer openCase;
    private TrayIcon icon;
    private volatile Long lastCase;

    TrayNotifier(String appName, LongConsumer openCase) {
        this.appName = appName;
        this.openCase = openCase;
    }

    void show(AlertPresenter.Shown s) {
        lastCase = s.incidentId();
        EventQueue.invokeLater(() -> {
            try {
                if (!SystemTray.isSupported()) {
                    return;
                }
                if (icon == null) {
                    icon = new TrayIcon(image(), appName);
                    icon.setImageAutoSize(true);
                    icon.addActionListener(e -> {
                        Long id = lastCase;
                        if (id != null) {
                            openCase.accept(id);
                        }
                    });
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(s.title(), s.text(), TrayIcon.MessageType.WARNING);
            } catch (AWTException | RuntimeException e) {
                // no tray on this desktop: the in-app notification still shows
            }
        });
    }

    void requestAttention() {
        try {
            if (Taskbar.isTaskbarSupported() && Taskbar.getTaskbar().isSupported(Taskbar.Feature.USER_ATTENTION)) {
                Taskbar.getTaskbar().requestUserAttention(true, false);
            }
        } catch (RuntimeException e) {
            // not supported here
        }
    }

    void beep() {
        try {
            Toolkit.getDefaultToolkit().beep();
        } catch (RuntimeException | Error e) {
            // headless or no sound device
        }
    }

    private static BufferedImage image() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xD9, 0x73, 0x06));
        g.fillOval(1, 1, 14, 14);
        g.dispose();
        return img;
    }
}
