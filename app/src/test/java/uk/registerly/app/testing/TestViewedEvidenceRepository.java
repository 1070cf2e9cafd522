package uk.registerly.app.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.evidence.EvidencePhoto;
import uk.registerly.app.data.evidence.ViewedEvidenceRepository;

/** An in-memory {@link ViewedEvidenceRepository}: the photos (or failures) the test put there; every look is counted. */
public final class TestViewedEvidenceRepository implements ViewedEvidenceRepository {
    private final Map<String, EvidencePhoto> photos = new HashMap<>();
    /** Every id looked at, in order (each is a fetch the server would audit). */
    public final List<String> looked = new ArrayList<>();
    public boolean forgotten;

    public void put(String evidenceId, EvidencePhoto photo) {
        photos.put(evidenceId, photo);
    }

    @Override
    public EvidencePhoto photo(String evidenceId) {
        looked.add(evidenceId);
        EvidencePhoto photo = photos.get(evidenceId);
        return photo != null ? photo : EvidencePhoto.failed(EvidencePhoto.Outcome.NOT_FOUND, null);
    }

    @Override
    public void forgetAll() {
        photos.clear();
        forgotten = true;
    }
}
