-- 0008: the handwritten signatures of a case (the applicant's, or the agent's who acts for them),
-- drawn at the counter. The image is personal data: it lives in the encrypted file store under
-- the SHA-256 of its PNG bytes; this table says whose it is and when it was given.
CREATE TABLE case_signature (
    case_id     TEXT NOT NULL REFERENCES case_file (id),
    signer      TEXT NOT NULL CHECK (signer IN ('applicant', 'agent')),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    signed_at   TEXT NOT NULL CHECK (length(signed_at) >= 19),
    recorded_by TEXT NOT NULL CHECK (length(recorded_by) > 0),
    PRIMARY KEY (case_id, signer)
) WITHOUT ROWID;

-- A signature, once given, is evidence: never changed or removed.
CREATE TRIGGER case_signature_is_append_only_update BEFORE UPDATE ON case_signature
BEGIN
    SELECT RAISE(ABORT, 'a case signature cannot be changed');
END;
CREATE TRIGGER case_signature_is_append_only_delete BEFORE DELETE ON case_signature
BEGIN
    SELECT RAISE(ABORT, 'a case signature cannot be removed');
END;
