package dev.opstracker.http.backup;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /api/v1/admin/backup}: the passphrase that encrypts the backup. Shown by no {@code toString}. */
record BackupRequest(@JsonProperty("passphrase") String passphrase) {

    /** The passphrase as characters for the backup, or null when the body had none. */
    char[] passphraseCharacters() {
        return passphrase == null ? null : passphrase.toCharArray();
    }

    @Override
    public String toString() {
        return "BackupRequest[passphrase=****]";
    }
}
