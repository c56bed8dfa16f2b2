-- 0014: home visits (上门服务). An appointment to take a case at the home of an applicant who
-- cannot come to the hall; the case taken there is entered later through the normal intake and
-- linked here (case_id), which marks the appointment visited. The applicant's details are kept
-- with the appointment: the applicant table holds only people who have a case.
CREATE TABLE home_visit (
    id                   TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    applicant_identifier TEXT NOT NULL CHECK (length(applicant_identifier) IN (15, 18) AND
                                              applicant_identifier = upper(trim(applicant_identifier))),
    applicant_name       TEXT NOT NULL CHECK (length(trim(applicant_name)) > 0),
    phone                TEXT NOT NULL CHECK (length(phone) > 0),
    address              TEXT NOT NULL CHECK (length(trim(address)) BETWEEN 6 AND 200),
    reason               TEXT NOT NULL CHECK (reason IN ('elderly', 'disabled', 'ill', 'other')),
    item_codes           TEXT NOT NULL CHECK (json_valid(item_codes) AND
                                              json_type(item_codes) = 'array' AND
                                              json_array_length(item_codes) BETWEEN 1 AND 20),
    visit_date           TEXT NOT NULL CHECK (date(visit_date) IS visit_date),
    slot_start           TEXT NOT NULL CHECK (strftime('%H:%M', slot_start) IS slot_start),
    slot_end             TEXT NOT NULL CHECK (strftime('%H:%M', slot_end) IS slot_end),
    staff                TEXT NOT NULL CHECK (length(staff) > 0),
    state                TEXT NOT NULL CHECK (state IN ('booked', 'visited', 'cancelled')),
    notes                TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 500),
    case_id              TEXT UNIQUE REFERENCES case_file (id),
    booked_by            TEXT NOT NULL CHECK (length(booked_by) > 0),
    booked_at            TEXT NOT NULL CHECK (length(booked_at) >= 19),
    updated_at           TEXT NOT NULL CHECK (length(updated_at) >= 19),
    CHECK (slot_end > slot_start),
    CHECK (reason <> 'other' OR length(trim(notes)) > 0),
    -- Visited exactly when the case taken at home is linked.
    CHECK ((state = 'visited') = (case_id IS NOT NULL))
) WITHOUT ROWID;
-- The day's round (a day's visits in time order) and the count by state over a period.
CREATE INDEX home_visit_by_day ON home_visit (visit_date, slot_start);
