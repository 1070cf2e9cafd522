package uk.registerly.app.casework;

import android.os.Bundle;
import android.os.CancellationSignal;
import android.os.ParcelFileDescriptor;
import android.print.PageRange;
import android.print.PrintAttributes;
import android.print.PrintDocumentAdapter;
import android.print.PrintDocumentInfo;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Hands a letter's PDF, as the server rendered it, to the Android print framework unchanged: the printed letter is
 * the one whose SHA-256 the CASE_ACTION holds, never a re-rendering on the tablet.
 */
final class LetterPrintAdapter extends PrintDocumentAdapter {
    private final File pdf;

    LetterPrintAdapter(File pdf) {
        this.pdf = pdf;
    }

    @Override
    public void onLayout(PrintAttributes oldAttributes, PrintAttributes newAttributes, CancellationSignal cancel,
                         LayoutResultCallback callback, Bundle extras) {
        if (cancel.isCanceled()) {
            callback.onLayoutCancelled();
            return;
        }
        callback.onLayoutFinished(new PrintDocumentInfo.Builder(pdf.getName())
                .setContentType(PrintDocumentInfo.CONTENT_TYPE_DOCUMENT)
                .setPageCount(PrintDocumentInfo.PAGE_COUNT_UNKNOWN)
                .build(), false);
    }

    @Override
    public void onWrite(PageRange[] pages, ParcelFileDescriptor destination, CancellationSignal cancel,
                        WriteResultCallback callback) {
        try (InputStream in = new FileInputStream(pdf);
             OutputStream out = new FileOutputStream(destination.getFileDescriptor())) {
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (cancel.isCanceled()) {
                    callback.onWriteCancelled();
                    return;
                }
                out.write(buffer, 0, n);
            }
            callback.onWriteFinished(new PageRange[] {PageRange.ALL_PAGES});
        } catch (IOException e) {
            callback.onWriteFailed(e.getMessage());
        }
    }
}
