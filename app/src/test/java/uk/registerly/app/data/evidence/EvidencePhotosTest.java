package uk.registerly.app.data.evidence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Application;
import android.content.ContentResolver;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Color;
import android.media.ExifInterface;
import android.net.Uri;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
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
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

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

    /**
     * A camera's JPEG as the sensor stored it, 400x200 with the left half red and the right half
     * blue, carrying an EXIF orientation tag that says how to turn it for display.
     */
    private byte[] cameraPhoto(int orientation) throws IOException {
        Bitmap bitmap = Bitmap.createBitmap(400, 200, Bitmap.Config.ARGB_8888);
        bitmap.eraseColor(Color.BLUE);
        int[] red = new int[200 * 200];
        java.util.Arrays.fill(red, Color.RED);
        bitmap.setPixels(red, 0, 200, 0, 0, 200, 200);
        File file = folder.newFile();
        try (FileOutputStream out = new FileOutputStream(file)) {
            bitmap.compress(Bitmap.CompressFormat.JPEG, 95, out);
        }
        ExifInterface exif = new ExifInterface(file.getPath());
        exif.setAttribute(ExifInterface.TAG_ORIENTATION, Integer.toString(orientation));
        exif.saveAttributes();
        return Files.readAllBytes(file.toPath());
    }

    private static Bitmap decoded(byte[] jpeg) {
        return BitmapFactory.decodeByteArray(jpeg, 0, jpeg.length);
    }

    private static void assertColour(String where, int expected, int pixel) {
        assertTrue(where + " is " + Integer.toHexString(pixel), Math.abs(Color.red(pixel) - Color.red(expected)) < 60
                && Math.abs(Color.blue(pixel) - Color.blue(expected)) < 60);
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
        assertTrue("at most 500 KB, so its upload fits a proxy's 1 MB limit: " + jpeg.length, jpeg.length <= 500_000);
        assertTrue("base64 in JSON stays under 1 MB", jpeg.length * 4 / 3 + 1024 < 1024 * 1024);
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

    @Test
    public void aPhotoTakenSidewaysIsStoredUprightAsItsOrientationTagSays() throws IOException {
        byte[] original = cameraPhoto(ExifInterface.ORIENTATION_ROTATE_90);
        assertEquals("the test photo is tagged", ExifInterface.ORIENTATION_ROTATE_90,
                EvidencePhotos.orientation(new ByteArrayInputStream(original)));

        Bitmap stored = decoded(EvidencePhotos.prepare(resolver, picked(original), EvidenceStore.MAX_BYTES));

        assertEquals("turned a quarter: the width is the height", 200, stored.getWidth());
        assertEquals(400, stored.getHeight());
        // A quarter turn clockwise brings the sensor's left edge (red) to the top.
        assertColour("the top", Color.RED, stored.getPixel(100, 50));
        assertColour("the bottom", Color.BLUE, stored.getPixel(100, 350));
        int left = EvidencePhotos.orientation(new ByteArrayInputStream(
                EvidencePhotos.prepare(resolver, picked(original), EvidenceStore.MAX_BYTES)));
        assertTrue("the re-encoded photo has no tag left to turn it again: " + left,
                left == ExifInterface.ORIENTATION_NORMAL || left == ExifInterface.ORIENTATION_UNDEFINED);
    }

    @Test
    public void aPhotoTaggedForAnAnticlockwiseTurnIsTurnedTheOtherWay() throws IOException {
        Bitmap stored = decoded(EvidencePhotos.prepare(resolver,
                picked(cameraPhoto(ExifInterface.ORIENTATION_ROTATE_270)), EvidenceStore.MAX_BYTES));

        assertEquals(200, stored.getWidth());
        assertColour("the top", Color.BLUE, stored.getPixel(100, 50));
        assertColour("the bottom", Color.RED, stored.getPixel(100, 350));
    }
}
