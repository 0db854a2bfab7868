package dev.faceidkit.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "110105199003071239", "440304198506123455",
        "310115197809256786", "510107199211182467", "320102198804013579", "330106197508154687"})
    void acceptsNumbersWithTheirCheckCharacter(String number) {
        assertThat(IdNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002", "1101051949123100200", "11010519491231002Y",
        "X10105194912310021", ""})
    void refusesEverythingElse(String number) {
        assertThat(IdNumbers.isValid(number)).isFalse();
    }

    @Test
    void computesTheIso7064CheckCharacter() {
        // Sum of digit x weight for 11010519491231002 is 167; 167 mod 11 = 2, and "10X98765432"[2] = 'X'.
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.checkCharacter("11010519900307123")).isEqualTo('9');
    }

    @Test
    void everyTestIdentityHasAValidNumberAndADistinctFace() {
        TestIdentityCatalog catalog = new TestIdentityCatalog();
        assertThat(catalog.all()).allSatisfy(identity -> assertThat(IdNumbers.isValid(identity.idcardNumber())).isTrue());
        assertThat(catalog.find(TestIdentityCatalog.UNKNOWN_ID_NUMBER)).isEmpty();
        assertThat(IdNumbers.isValid(TestIdentityCatalog.UNKNOWN_ID_NUMBER)).isTrue();
    }
}
