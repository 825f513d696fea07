package tw.rislink.certificate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInChallengeTest {

    @Test
    void a_challenge_is_taken_once_and_only_as_given() {
        SignInChallenge challenges = new SignInChallenge();
        String given = challenges.issue();
        assertEquals(Optional.of(given), challenges.take(given));
        assertTrue(challenges.take(given).isEmpty(), "a captured signature cannot sign in again");

        String next = challenges.issue();
        assertNotEquals(given, next, "every page gets a new one");
        assertTrue(challenges.take(given).isEmpty(), "an earlier challenge is worthless");
        assertTrue(challenges.take(next).isEmpty(), "a wrong attempt uses the current one up too");
        assertTrue(new SignInChallenge().take(null).isEmpty(), "none given, none taken");
    }
}
