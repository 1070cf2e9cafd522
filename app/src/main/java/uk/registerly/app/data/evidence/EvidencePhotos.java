package uk.registerly.app.data.evidence;

import android.content.ContentResolver;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.net.Uri;

import androidx.annotation.WorkerThread;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns the photo a parent picked (any size, any image type the platform decodes) into a JPEG
 * the server accepts: at most {@link #LONGEST_SIDE} pixels on its longest side, and at most
 * {@link EvidenceStore#MAX_BYTES}. Quality drops first, then the size, until it fits; an
 * appointment card stays legible at 1600 px and quality 60.
 */
public final class EvidencePhotos {
    static final int LONGEST_SIDE = 1600;
    private static final int[] QUALITIES = {85, 70, 60};

    private EvidencePhotos() {
    }

    /** @throws IOException when the picked item cannot be read or is not an image */
    @WorkerThread
    public static byte[] prepare(ContentResolver resolver, Uri photo, int maxBytes) throws IOException {
        BitmapFactory.Options bounds = new BitmapFactory.Options();
        bounds.inJustDecodeBounds = true;
        try (InputStream in = open(resolver, photo)) {
            BitmapFactory.decodeStream(in, null, bounds);
        }
        if (bounds.outWidth <= 0 || bounds.outHeight <= 0) {
            throw new IOException("the picked file is not an image");
        }
        BitmapFactory.Options decode = new BitmapFactory.Options();
        // Decode no larger than needed (a power of two), so a 50-megapixel photo never fills memory.
        decode.inSampleSize = 1;
        while (Math.max(bounds.outWidth, bounds.outHeight) / (decode.inSampleSize * 2) >= LONGEST_SIDE) {
            decode.inSampleSize *= 2;
        }
        Bitmap decoded;
        try (InputStream in = open(resolver, photo)) {
            decoded = BitmapFactory.decodeStream(in, null, decode);
        }
        if (decoded == null) {
            throw new IOException("the picked image cannot be decoded");
        }
        return compress(decoded, maxBytes);
    }

    /** The bitmap as a JPEG of at most {@code maxBytes}, scaled down to {@link #LONGEST_SIDE} first. */
    static byte[] compress(Bitmap bitmap, int maxBytes) throws IOException {
        Bitmap current = scaleToFit(bitmap, LONGEST_SIDE);
        while (true) {
            for (int quality : QUALITIES) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!current.compress(Bitmap.CompressFormat.JPEG, quality, out)) {
                    throw new IOException("JPEG encoding failed");
                }
                if (out.size() <= maxBytes) {
                    return out.toByteArray();
                }
            }
            int longest = Math.max(current.getWidth(), current.getHeight());
            if (longest <= 200) {
                throw new IOException("the image cannot be made small enough");
            }
            current = scaleToFit(current, longest * 3 / 4);
        }
    }

    private static Bitmap scaleToFit(Bitmap bitmap, int longestSide) {
        int longest = Math.max(bitmap.getWidth(), bitmap.getHeight());
        if (longest <= longestSide) {
            return bitmap;
        }
        float scale = (float) longestSide / longest;
        return Bitmap.createScaledBitmap(bitmap, Math.max(1, Math.round(bitmap.getWidth() * scale)),
                Math.max(1, Math.round(bitmap.getHeight() * scale)), true);
    }

    private static InputStream open(ContentResolver resolver, Uri photo) throws IOException {
        InputStream in = resolver.openInputStream(photo);
        if (in == null) {
            throw new IOException("the picked photo cannot be opened");
        }
        return in;
    }
}
