package uk.registerly.app.testing;

import static org.robolectric.Shadows.shadowOf;

import android.app.Activity;
import android.app.Dialog;
import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.graphics.Color;
import android.os.Looper;
import android.view.View;

import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.robolectric.RuntimeEnvironment;
import org.robolectric.shadows.ShadowDialog;

/**
 * Renders an activity at a screen size given in dp and writes it as a PNG, for docs and visual
 * checks. The test class needs {@code @GraphicsMode(GraphicsMode.Mode.NATIVE)} so Robolectric
 * draws with the real Android graphics stack. Files go to the directory named by the system
 * property {@code registerly.screenshots} (docs/screenshots in the Maven build). Screens are laid out
 * edge to edge under simulated system bars ({@link SystemBars}), and nothing may lie under them.
 *
 * <pre>File png = ActivityScreenshot.capture(HomeActivity.class, 1280, 800, Density.MDPI, "home-tablet.png");
 * File gate = ActivityScreenshot.of(intent).size(1280, 800, Density.MDPI).prepare(a -> ...).capture("gate-tablet.png");</pre>
 */
public final class ActivityScreenshot {
    /** Screen densities as Android's qualifiers name them, with their pixels per dp times 160. */
    public enum Density {
        MDPI(160), HDPI(240), XHDPI(320), XXHDPI(480);

        final int dpi;

        Density(int dpi) {
            this.dpi = dpi;
        }

        int pixels(int dp) {
            return dp * dpi / 160;
        }
    }

    private ActivityScreenshot() {
    }

    public static File capture(Class<? extends Activity> activityClass, int widthDp, int heightDp, Density density,
                               String fileName) {
        return of(new Intent(ApplicationProvider.getApplicationContext(), activityClass))
                .size(widthDp, heightDp, density).capture(fileName);
    }

    /** A screenshot to set up: {@code ActivityScreenshot.of(intent).size(...).prepare(...).capture("x.png")}. */
    public static Shot of(Intent intent) {
        return new Shot(intent);
    }

    /** One screenshot: the screen's size, text scale, what to do before rendering and what to check after. */
    public static final class Shot {
        private final Intent intent;
        private int widthDp = 1280;
        private int heightDp = 800;
        private Density density = Density.MDPI;
        private float fontScale = 1f;
        private String qualifiers = "";
        private Consumer<Activity> prepare = activity -> { };
        private Consumer<Activity> check = activity -> { };

        private Shot(Intent intent) {
            this.intent = intent;
        }

        public Shot size(int width, int height, Density screenDensity) {
            widthDp = width;
            heightDp = height;
            density = screenDensity;
            return this;
        }

        /** The user's text size (Settings, Display, Font size): 2.0 is the largest Android offers. */
        public Shot fontScale(float scale) {
            fontScale = scale;
            return this;
        }

        /**
         * Resource qualifiers before the size, e.g. {@code "pl"} (Polish) or {@code "ur-ldrtl"}
         * (right to left): the screen in another language or direction.
         */
        public Shot qualifiers(String extra) {
            qualifiers = extra;
            return this;
        }

        /** Acts on the launched activity before rendering (scan a card, open a dialog...). */
        public Shot prepare(Consumer<Activity> action) {
            prepare = action;
            return this;
        }

        /** Inspects the activity once laid out at the screenshot's size (e.g. that no text is clipped). */
        public Shot check(Consumer<Activity> inspection) {
            check = inspection;
            return this;
        }

        /**
         * Renders the screen, with the dialog it shows, if any, over a dimmed activity as on a device,
         * and writes it as {@code fileName}.
         */
        public File capture(String fileName) {
            RuntimeEnvironment.setQualifiers((qualifiers.isEmpty() ? "" : qualifiers + "-") + "w" + widthDp + "dp-h"
                    + heightDp + "dp-"
                    + (widthDp > heightDp ? "land" : "port") + "-" + density.name().toLowerCase(java.util.Locale.ROOT));
            if (fontScale != 1f) {
                RuntimeEnvironment.setFontScale(fontScale);
            }
            File output = new File(System.getProperty("registerly.screenshots", "target/screenshots"), fileName);
            SystemBars.registerEdgeToEdge(ApplicationProvider.getApplicationContext());
            try (ActivityScenario<Activity> scenario = ActivityScenario.launch(intent)) {
                shadowOf(Looper.getMainLooper()).idle();
                scenario.onActivity(activity -> SystemBars.dispatch(activity, density));
                scenario.onActivity(prepare::accept);
                shadowOf(Looper.getMainLooper()).idle();
                scenario.onActivity(activity -> {
                    // Again, for the activity as it is now (preparing may have recreated it).
                    SystemBars.dispatch(activity, density);
                    int width = density.pixels(widthDp);
                    int height = density.pixels(heightDp);
                    Bitmap bitmap = render(activity.getWindow().getDecorView(), width, height);
                    Dialog dialog = ShadowDialog.getLatestDialog();
                    if (dialog != null && dialog.isShowing() && unwrap(dialog.getContext()) == activity) {
                        drawDialog(new Canvas(bitmap), dialog.getWindow().getDecorView(), width, height, density);
                    }
                    write(bitmap, output);
                    SystemBars.assertNothingUnder(activity, density, height);
                    check.accept(activity);
                });
            } finally {
                if (fontScale != 1f) {
                    RuntimeEnvironment.setFontScale(1f);
                }
            }
            return output;
        }
    }

    /** The activity behind a dialog's (themed) context. */
    private static Activity unwrap(android.content.Context context) {
        while (context instanceof android.content.ContextWrapper && !(context instanceof Activity)) {
            context = ((android.content.ContextWrapper) context).getBaseContext();
        }
        return context instanceof Activity ? (Activity) context : null;
    }

    /** A dialog as the window manager places it: centred, at most 560 dp wide, over a 32% black scrim. */
    private static void drawDialog(Canvas canvas, View dialog, int width, int height, Density density) {
        canvas.drawColor(Color.argb(82, 0, 0, 0));
        int maxWidth = Math.min(density.pixels(560), width - density.pixels(48));
        dialog.measure(View.MeasureSpec.makeMeasureSpec(maxWidth, View.MeasureSpec.AT_MOST),
                View.MeasureSpec.makeMeasureSpec(height - density.pixels(48), View.MeasureSpec.AT_MOST));
        dialog.layout(0, 0, dialog.getMeasuredWidth(), dialog.getMeasuredHeight());
        canvas.save();
        canvas.translate((width - dialog.getMeasuredWidth()) / 2f, (height - dialog.getMeasuredHeight()) / 2f);
        dialog.draw(canvas);
        canvas.restore();
    }

    private static Bitmap render(View root, int widthPx, int heightPx) {
        root.measure(View.MeasureSpec.makeMeasureSpec(widthPx, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(heightPx, View.MeasureSpec.EXACTLY));
        root.layout(0, 0, widthPx, heightPx);
        // A box ticked after the screen opened animates its tick; draw the finished state.
        root.jumpDrawablesToCurrentState();
        Bitmap bitmap = Bitmap.createBitmap(widthPx, heightPx, Bitmap.Config.ARGB_8888);
        root.draw(new Canvas(bitmap));
        return bitmap;
    }

    private static void write(Bitmap bitmap, File output) {
        File directory = output.getAbsoluteFile().getParentFile();
        if (!directory.isDirectory() && !directory.mkdirs()) {
            throw new UncheckedIOException(new IOException("Cannot create " + directory));
        }
        try (FileOutputStream out = new FileOutputStream(output)) {
            if (!bitmap.compress(Bitmap.CompressFormat.PNG, 100, out)) {
                throw new IOException("PNG encoding failed for " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
