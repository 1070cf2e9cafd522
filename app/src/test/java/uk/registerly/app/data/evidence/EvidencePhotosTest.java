package uk.registerly.app.data.evidence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Application;
import android.content.ContentResolver;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.net.Uri;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

/**
 * A phone camera's photo becomes a JPEG the server takes (at most 1 MiB, at most 1600 px), decoded
 * and encoded for real (native graphics), read through a content URI as the photo picker returns it.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class EvidencePhotosTest {
    private final ContentResolver resolver = ApplicationProvider.<Application>getApplicationContext()
            .getContentResolver();

    /** A photo of noise: the hardest case for JPEG, far over the limit at full size. */
    private static byte[] noisyPhoto(int width, int height) {
        Bitmap bitmap = Bitmap.createBitmap(width, height, Bitmap.Config.ARGB_8888);
        Random random = new Random(7);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = 0xFF000000 | random.nextInt(0xFFFFFF);
            }
            bitmap.setPixels(row, 0, width, 0, y, width, 1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bitmap.compress(Bitmap.CompressFormat.PNG, 100, out);
        return out.toByteArray();
    }

    private Uri picked(byte[] content) {
        Uri uri = Uri.parse("content://media/picker/0/photo/" + content.length);
        shadowOf(resolver).registerInputStreamSupplier(uri, () -> new ByteArrayInputStream(content));
        return uri;
    }

    @Test
    public void aLargePhotoIsScaledAndCompressedUnderTheServersLimit() throws IOException {
        byte[] original = noisyPhoto(2400, 1800);
        assertTrue("the test photo is over the limit", original.length > EvidenceStore.MAX_BYTES);

        byte[] jpeg = EvidencePhotos.prepare(resolver, picked(original), EvidenceStore.MAX_BYTES);

        assertTrue(jpeg.length + " bytes", jpeg.length <= EvidenceStore.MAX_BYTES);
        assertEquals("a JPEG", (byte) 0xFF, jpeg[0]);
        assertEquals((byte) 0xD8, jpeg[1]);
        BitmapFactory.Options bounds = new BitmapFactory.Options();
        bounds.inJustDecodeBounds = true;
        BitmapFactory.decodeByteArray(jpeg, 0, jpeg.length, bounds);
        assertTrue(bounds.outWidth + "px", bounds.outWidth <= EvidencePhotos.LONGEST_SIDE);
        assertEquals("the shape is kept", 4 * bounds.outHeight, 3 * bounds.outWidth, 8);
    }

    @Test
    public void aTightLimitShrinksThePhotoFurther() throws IOException {
        byte[] jpeg = EvidencePhotos.prepare(resolver, picked(noisyPhoto(1200, 900)), 60_000);

        assertTrue(jpeg.length + " bytes", jpeg.length <= 60_000);
    }

    @Test
    public void aFileThatIsNotAnImageIsRefused() {
        assertThrows(IOException.class, () -> EvidencePhotos.prepare(resolver,
                picked("%PDF-1.7 not a photo".getBytes()), EvidenceStore.MAX_BYTES));
    }
}
