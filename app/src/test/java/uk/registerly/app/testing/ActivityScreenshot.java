package uk.registerly.app.testing;

import static org.robolectric.Shadows.shadowOf;

import android.app.Activity;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.os.Looper;
import android.view.View;

import androidx.test.core.app.ActivityScenario;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.robolectric.RuntimeEnvironment;

/**
 * Renders an activity at a screen size given in dp and writes it as a PNG, for docs and visual
 * checks. The test class needs {@code @GraphicsMode(GraphicsMode.Mode.NATIVE)} so Robolectric
 * draws with the real Android graphics stack. Files go to the directory named by the system
 * property {@code registerly.screenshots} (docs/screenshots in the Maven build).
 *
 * <pre>File png = ActivityScreenshot.capture(HomeActivity.class, 1280, 800, Density.MDPI, "home-tablet.png");</pre>
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
        RuntimeEnvironment.setQualifiers("w" + widthDp + "dp-h" + heightDp + "dp-"
                + (widthDp > heightDp ? "land" : "port") + "-" + density.name().toLowerCase(java.util.Locale.ROOT));
        File output = new File(System.getProperty("registerly.screenshots", "target/screenshots"), fileName);
        try (ActivityScenario<? extends Activity> scenario = ActivityScenario.launch(activityClass)) {
            shadowOf(Looper.getMainLooper()).idle();
            scenario.onActivity(activity -> write(render(activity.getWindow().getDecorView(),
                    density.pixels(widthDp), density.pixels(heightDp)), output));
        }
        return output;
    }

    private static Bitmap render(View root, int widthPx, int heightPx) {
        root.measure(View.MeasureSpec.makeMeasureSpec(widthPx, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(heightPx, View.MeasureSpec.EXACTLY));
        root.layout(0, 0, widthPx, heightPx);
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
