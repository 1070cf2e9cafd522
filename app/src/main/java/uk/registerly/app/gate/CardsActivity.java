package uk.registerly.app.gate;

import android.os.Bundle;
import android.print.PrintAttributes;
import android.print.PrintManager;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.GridLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.appbar.MaterialToolbar;

import java.util.Collections;
import java.util.List;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;

/**
 * Card printing: a class's pupil cards previewed as they print, and Print, which lays them out at
 * bank-card size on A4 ({@link CardSheet}) for any printer or "Save as PDF". Opened from the register
 * with the class on screen.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class CardsActivity extends Hilt_CardsActivity {
    public static final String EXTRA_CLASS_ID = "uk.registerly.app.gate.CLASS_ID";

    private List<PupilCard> cards = Collections.emptyList();
    private String className = "";

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_cards);
        CardsViewModel viewModel = new ViewModelProvider(this).get(CardsViewModel.class);
        String classId = getIntent().getStringExtra(EXTRA_CLASS_ID);
        if (classId == null) {
            finish(); // opened without a class: nothing to print
            return;
        }
        viewModel.showClass(classId);

        RecyclerView grid = findViewById(R.id.cards);
        grid.setLayoutManager(new GridLayoutManager(this, getResources().getInteger(R.integer.cards_columns)));
        CardsAdapter adapter = new CardsAdapter();
        grid.setAdapter(adapter);
        MaterialToolbar toolbar = findViewById(R.id.toolbar);
        View print = findViewById(R.id.print);
        print.setOnClickListener(v -> print());
        viewModel.sheet().observe(this, sheet -> {
            cards = sheet.cards;
            className = sheet.className;
            adapter.show(sheet.cards);
            toolbar.setSubtitle(getString(R.string.cards_class, sheet.className, sheet.cards.size()));
            findViewById(R.id.cards_empty).setVisibility(sheet.schoolKnown ? View.GONE : View.VISIBLE);
            print.setEnabled(!sheet.cards.isEmpty());
        });
    }

    private void print() {
        PrintManager printing = (PrintManager) getSystemService(PRINT_SERVICE);
        String job = getString(R.string.cards_print_job, className);
        printing.print(job, new CardsPrintAdapter(job, cards), new PrintAttributes.Builder()
                .setMediaSize(PrintAttributes.MediaSize.ISO_A4)
                .setColorMode(PrintAttributes.COLOR_MODE_MONOCHROME)
                .build());
    }

    private static final class CardsAdapter extends RecyclerView.Adapter<CardsAdapter.CardHolder> {
        private List<PupilCard> cards = Collections.emptyList();

        void show(List<PupilCard> shown) {
            cards = shown;
            notifyDataSetChanged(); // a printing preview: the whole sheet changes at once
        }

        @NonNull
        @Override
        public CardHolder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
            return new CardHolder((PupilCardView) LayoutInflater.from(parent.getContext())
                    .inflate(R.layout.item_pupil_card, parent, false));
        }

        @Override
        public void onBindViewHolder(@NonNull CardHolder holder, int position) {
            PupilCard card = cards.get(position);
            holder.view.setCard(card);
            holder.view.setContentDescription(holder.view.getContext()
                    .getString(R.string.cards_card_description, card.pupilName));
        }

        @Override
        public int getItemCount() {
            return cards.size();
        }

        static final class CardHolder extends RecyclerView.ViewHolder {
            final PupilCardView view;

            CardHolder(PupilCardView view) {
                super(view);
                this.view = view;
            }
        }
    }
}
