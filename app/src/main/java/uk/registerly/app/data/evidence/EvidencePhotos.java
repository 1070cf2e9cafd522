package uk.registerly.app.data.evidence;

import android.content.ContentResolver;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Matrix;
import android.media.ExifInterface;
import android.net.Uri;

import androidx.annotation.WorkerThread;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns the photo a parent picked (any size, any image type the platform decodes) into a JPEG
 * the server accepts: upright, at most {@link #LONGEST_SIDE} pixels on its longest side, and at
 * most {@link EvidenceStore#MAX_BYTES}. Quality drops first, then the size, until it fits; an
 * appointment card stays legible at 1600 px and quality 60.
 *
 * <p>Phone cameras store the sensor's pixels and say in the EXIF orientation tag how to turn them;
 * re-encoding drops the tag, so the turn is applied to the pixels here, or the office would see
 * the card on its side.
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
        int orientation;
        try (InputStream in = open(resolver, photo)) {
            orientation = orientation(in);
        }
        return compress(upright(decoded, orientation), maxBytes);
    }

    /**
     * The EXIF orientation tag; {@link ExifInterface#ORIENTATION_UNDEFINED} or {@code NORMAL} when
     * there is none (a PNG, a screenshot): either leaves the pixels as they are.
     */
    static int orientation(InputStream in) {
        try {
            return new ExifInterface(in).getAttributeInt(ExifInterface.TAG_ORIENTATION,
                    ExifInterface.ORIENTATION_NORMAL);
        } catch (IOException e) {
            // Unreadable metadata on a decodable image: keep the pixels as stored rather than refuse the photo.
            return ExifInterface.ORIENTATION_NORMAL;
        }
    }

    /** The bitmap turned (and mirrored, for the mirrored tags) as the orientation tag says it is to be shown. */
    static Bitmap upright(Bitmap bitmap, int orientation) {
        Matrix matrix = new Matrix();
        switch (orientation) {
            case ExifInterface.ORIENTATION_FLIP_HORIZONTAL:
                matrix.setScale(-1, 1);
                break;
            case ExifInterface.ORIENTATION_ROTATE_180:
                matrix.setRotate(180);
                break;
            case ExifInterface.ORIENTATION_FLIP_VERTICAL:
                matrix.setScale(1, -1);
                break;
            case ExifInterface.ORIENTATION_TRANSPOSE:
                matrix.setRotate(90);
                matrix.postScale(-1, 1);
                break;
            case ExifInterface.ORIENTATION_ROTATE_90:
                matrix.setRotate(90);
                break;
            case ExifInterface.ORIENTATION_TRANSVERSE:
                matrix.setRotate(-90);
                matrix.postScale(-1, 1);
                break;
            case ExifInterface.ORIENTATION_ROTATE_270:
                matrix.setRotate(-90);
                break;
            default:
                return bitmap;
        }
        Bitmap turned = Bitmap.createBitmap(bitmap, 0, 0, bitmap.getWidth(), bitmap.getHeight(), matrix, true);
        if (turned != bitmap) {
            bitmap.recycle(); // a camera photo is megabytes: free it before compressing the turned copy
        }
        return turned;
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
