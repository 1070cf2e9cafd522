package uk.registerly.app.gate;

import android.content.Context;
import android.graphics.Canvas;
import android.graphics.RectF;
import android.util.AttributeSet;
import android.view.View;

import androidx.annotation.Nullable;

/** A card on screen, drawn exactly as it prints ({@link PupilCardRenderer}), at the card's aspect ratio. */
public class PupilCardView extends View {
    @Nullable
    private PupilCard card;
    private final RectF bounds = new RectF();

    public PupilCardView(Context context) {
        super(context);
    }

    public PupilCardView(Context context, @Nullable AttributeSet attributes) {
        super(context, attributes);
    }

    public void setCard(PupilCard card) {
        this.card = card;
        invalidate();
    }

    @Override
    protected void onMeasure(int widthMeasureSpec, int heightMeasureSpec) {
        int width = MeasureSpec.getSize(widthMeasureSpec);
        int cardWidth = width - getPaddingLeft() - getPaddingRight();
        setMeasuredDimension(width, Math.round(cardWidth / PupilCardRenderer.ASPECT) + getPaddingTop() + getPaddingBottom());
    }

    @Override
    protected void onDraw(Canvas canvas) {
        if (card != null) {
            bounds.set(getPaddingLeft(), getPaddingTop(), getWidth() - getPaddingRight(), getHeight() - getPaddingBottom());
            PupilCardRenderer.draw(canvas, bounds, card);
        }
    }
}
