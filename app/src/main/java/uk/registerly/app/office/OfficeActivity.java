package uk.registerly.app.office;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.tabs.TabLayout;

import java.util.List;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.departures.DeparturesEntry;
import uk.registerly.app.rollcall.RollCallEntry;
import uk.registerly.app.spotcheck.SpotCheckEntry;
import uk.registerly.app.ui.SyncBadgeViews;

/**
 * The school office's home (tablet or phone): first-day calling, parents' reports, worklists and
 * leave requests, each a list with its detail beside it on a tablet. The toolbar's sync badge says
 * whether everything recorded here has reached the server; tapped, it syncs now.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class OfficeActivity extends Hilt_OfficeActivity {
    /** Which section to open (an {@link OfficeSection} name); calling by default. */
    public static final String EXTRA_SECTION = "section";
    private static final String STATE_SECTION = "section";

    private TabLayout tabs;

    public static Intent intent(Context context, OfficeSection section) {
        return new Intent(context, OfficeActivity.class).putExtra(EXTRA_SECTION, section.name());
    }

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_office);
        SyncBadgeViews.attach(this, new ViewModelProvider(this).get(OfficeViewModel.class));
        com.google.android.material.appbar.MaterialToolbar toolbar = findViewById(R.id.toolbar);
        DeparturesEntry.ENTRY.addTo(toolbar);
        RollCallEntry.ENTRY.addTo(toolbar);
        SpotCheckEntry.ENTRY.addTo(toolbar);
        toolbar.setOnMenuItemClickListener(item -> DeparturesEntry.ENTRY.handles(item, toolbar)
                || RollCallEntry.ENTRY.handles(item, toolbar) || SpotCheckEntry.ENTRY.handles(item, toolbar));

        tabs = findViewById(R.id.sections);
        for (OfficeSection section : OfficeSection.values()) {
            tabs.addTab(tabs.newTab().setText(section.title).setTag(section), false);
        }
        ViewModelProvider shared = new ViewModelProvider(this);
        badge(OfficeSection.CALLING, shared.get(CallingViewModel.class).rows());
        badge(OfficeSection.INBOX, shared.get(InboxViewModel.class).items());
        badge(OfficeSection.LEAVE, shared.get(OfficeLeaveViewModel.class).openRequests());

        tabs.addOnTabSelectedListener(new TabLayout.OnTabSelectedListener() {
            @Override
            public void onTabSelected(TabLayout.Tab tab) {
                show((OfficeSection) tab.getTag());
            }

            @Override
            public void onTabUnselected(TabLayout.Tab tab) {
            }

            @Override
            public void onTabReselected(TabLayout.Tab tab) {
            }
        });
        String initial = savedInstanceState != null ? savedInstanceState.getString(STATE_SECTION)
                : getIntent().getStringExtra(EXTRA_SECTION);
        OfficeSection section = initial == null ? OfficeSection.CALLING : OfficeSection.valueOf(initial);
        TabLayout.Tab tab = tabs.getTabAt(section.ordinal());
        if (savedInstanceState == null) {
            tabs.selectTab(tab);
        } else {
            // The fragment was restored with the activity; only the tab needs selecting again.
            tab.select();
        }
        // Selecting before the first layout cannot scroll a phone's tab strip (no widths yet): bring the open
        // section's tab into sight once the tabs are measured.
        tabs.post(() -> tabs.setScrollPosition(section.ordinal(), 0f, true));
    }

    @Override
    protected void onSaveInstanceState(Bundle outState) {
        super.onSaveInstanceState(outState);
        TabLayout.Tab tab = tabs.getTabAt(tabs.getSelectedTabPosition());
        if (tab != null) {
            outState.putString(STATE_SECTION, ((OfficeSection) tab.getTag()).name());
        }
    }

    private void show(OfficeSection section) {
        Fragment current = getSupportFragmentManager().findFragmentById(R.id.section);
        if (current != null && section.name().equals(current.getTag())) {
            return;
        }
        getSupportFragmentManager().beginTransaction()
                .replace(R.id.section, section.newFragment(), section.name())
                .commitNow();
    }

    /** The work waiting in a section, in its tab's label ("First-day calls (3)"). */
    private void badge(OfficeSection section, LiveData<? extends List<?>> lines) {
        lines.observe(this, list -> {
            TabLayout.Tab tab = tabs.getTabAt(section.ordinal());
            int count = list == null ? 0 : list.size();
            tab.setText(count == 0 ? getString(section.title)
                    : getString(R.string.office_section_count, getString(section.title), count));
            tab.setContentDescription(getResources().getQuantityString(R.plurals.office_section_waiting, count,
                    getString(section.title), count));
        });
    }
}
