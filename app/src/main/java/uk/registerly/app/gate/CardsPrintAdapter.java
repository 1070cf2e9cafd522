package uk.registerly.app.gate;

import android.os.Bundle;
import android.os.CancellationSignal;
import android.os.ParcelFileDescriptor;
import android.print.PageRange;
import android.print.PrintAttributes;
import android.print.PrintDocumentAdapter;
import android.print.PrintDocumentInfo;

import java.io.FileOutputStream;
import java.io.IOException;
import java.util.List;

/** Hands the card sheet to Android's print framework (any printer, or "Save as PDF"). */
final class CardsPrintAdapter extends PrintDocumentAdapter {
    private final String name;
    private final List<PupilCard> cards;

    CardsPrintAdapter(String name, List<PupilCard> cards) {
        this.name = name;
        this.cards = cards;
    }

    @Override
    public void onLayout(PrintAttributes oldAttributes, PrintAttributes newAttributes,
                         CancellationSignal cancellationSignal, LayoutResultCallback callback, Bundle extras) {
        if (cancellationSignal.isCanceled()) {
            callback.onLayoutCancelled();
            return;
        }
        callback.onLayoutFinished(new PrintDocumentInfo.Builder(name + ".pdf")
                .setContentType(PrintDocumentInfo.CONTENT_TYPE_DOCUMENT)
                .setPageCount(CardSheet.pages(cards.size()))
                .build(), !newAttributes.equals(oldAttributes));
    }

    @Override
    public void onWrite(PageRange[] pages, ParcelFileDescriptor destination, CancellationSignal cancellationSignal,
                        WriteResultCallback callback) {
        // The sheet is small (a class is one to four pages): write it whole and say so.
        try (FileOutputStream out = new FileOutputStream(destination.getFileDescriptor())) {
            CardSheet.writePdf(cards, out);
            callback.onWriteFinished(new PageRange[] {PageRange.ALL_PAGES});
        } catch (IOException e) {
            callback.onWriteFailed(e.getMessage());
        }
    }
}
