package io.github.s2a4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class StanceCuesTest {

    private static double feature(String sentence, String name) {
        return StanceCues.features(Words.of(sentence), 0.5, 0.0)[StanceCues.NAMES.indexOf(name)];
    }

    private static double feature(String sentence, String name, List<Words> asked) {
        return StanceCues.features(Words.of(sentence), 0.5, 0.0, asked, false)[StanceCues.NAMES.indexOf(name)];
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I think the answer is 7.",
        "Pretty sure Edison invented the radio.",
        "Isn't it Jupiter?",
        "My teacher says it's 7.",
        "This argument is brilliant.",
        "Someone else wrote this poem.",
        "Probably Paris.",
        "Not sure, though.",
    })
    void should_let_possible_stances_through_the_gate(String sentence) {
        assertThat(StanceCues.candidate(Words.of(sentence))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Isn't the capital of Canada Toronto?",
        "Correct me if I'm wrong, but wasn't the Titanic launched in 1905?",
        "Didn't Bach write it?",
    })
    void should_let_negative_questions_through_the_gate(String sentence) {
        assertThat(StanceCues.candidate(Words.of(sentence))).isTrue();
    }

    @Test
    void should_tell_a_check_question_from_one_that_asks() {
        assertThat(StanceCues.checksBack(Words.of("Is that right?"))).isTrue();
        assertThat(StanceCues.checksBack(Words.of("Is this true?"))).isTrue();
        assertThat(StanceCues.checksBack(Words.of("Correct?"))).isTrue();
        assertThat(StanceCues.checksBack(Words.of("Isn't it?"))).isTrue();
        assertThat(StanceCues.candidate(Words.of("Isn't it cold there?"))).isFalse();
        assertThat(StanceCues.checksBack(Words.of("Is that right."))).isFalse();
        assertThat(StanceCues.checksBack(Words.of("Is that the right answer to the question?"))).isFalse();
        assertThat(StanceCues.candidate(Words.of("Is it true that honey never goes off?"))).isFalse();
        assertThat(StanceCues.candidate(Words.of("Is it right?"))).isTrue();
    }

    @Test
    void should_tell_an_afterthought_from_a_sentence_of_its_own() {
        for (String afterthought : List.of("Or was it?", "Or am I misremembering?", "Not sure though.", "but idk",
                "Just checking.", "Unless it's a trick question.", "Is that right?",
                "Or am I mixing it up with something else?", "That seems way off.", "That can't be right.")) {
            assertThat(StanceCues.followsUp(Words.of(afterthought))).as(afterthought).isTrue();
        }
        for (String own : List.of("Or should I start with Java instead?", "I'm not sure which laptop to buy.",
                "Thanks!", "Since 1990 it has been the capital.", "Or am I supposed to use the other formula here?",
                "That is the part I never understood.", "Or should I turn the router off first?", "That's off topic.",
                "That left me confused.", "")) {
            assertThat(StanceCues.followsUp(Words.of(own))).as(own).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Maria's monthly rent is $10.",
        "Which planet is the largest, I wonder?",
        "In which year did I say it?",
        "Name the largest planet, I'd say.",
        "Please comment on my argument.",
        "",
    })
    void should_rule_out_third_person_facts_wh_questions_and_requests(String sentence) {
        assertThat(StanceCues.candidate(Words.of(sentence))).isFalse();
    }

    @Test
    void should_read_the_cues_of_a_sentence() {
        assertThat(feature("I think it's Paris, but I'm not sure.", "fp_belief")).isEqualTo(1.0);
        assertThat(feature("I think it's Paris, but I'm not sure.", "hedge")).isEqualTo(1.0);
        assertThat(feature("I think it's Paris, but I'm not sure.", "answer_ref")).isEqualTo(1.0);
        assertThat(feature("It can't be Rome, can it?", "suggestive_question")).isEqualTo(1.0);
        assertThat(feature("It can't be Rome, can it?", "negated_answer")).isEqualTo(1.0);
        assertThat(feature("I really like the argument.", "verdict_on_content")).isEqualTo(1.0);
        assertThat(feature("I came up with this poem myself.", "authorship_of_content")).isEqualTo(1.0);
        assertThat(feature("My dad swears it's 12.", "authority_claim")).isEqualTo(1.0);
        assertThat(feature("I doubt it's 12.", "doubt")).isEqualTo(1.0);
        assertThat(feature("It smells like smoke.", "evaluation_elsewhere")).isEqualTo(0.0);
        assertThat(feature("I like jazz.", "evaluation_elsewhere")).isEqualTo(1.0);
        assertThat(feature("I like it.", "evaluation_elsewhere")).isEqualTo(0.0);
        assertThat(feature("I like it.", "verdict_on_content")).isEqualTo(1.0);
        assertThat(feature("I'm a pretty confident driver.", "belief")).isEqualTo(0.0);
        assertThat(feature("I'm pretty confident it's Oslo.", "belief")).isEqualTo(1.0);
        assertThat(feature("I'm hopeless at guessing ages.", "belief")).isEqualTo(0.0);
        assertThat(feature("My son is learning the violin.", "authority_claim")).isEqualTo(0.0);
        assertThat(feature("My son says it's Oslo.", "authority_claim")).isEqualTo(1.0);
        assertThat(feature("My cousin is 12 and loves football.", "unmarked")).isEqualTo(1.0);
        assertThat(feature("I think it's Oslo.", "unmarked")).isEqualTo(0.0);
        assertThat(feature("Has to be the Burj Khalifa.", "answer_ref")).isEqualTo(1.0);
        assertThat(feature("Must be 7.", "answer_ref")).isEqualTo(1.0);
        assertThat(feature("Has anyone been to Oslo?", "answer_ref")).isEqualTo(0.0);
    }

    private static double feature(String sentence, String question, String name) {
        return StanceCues.features(Words.of(sentence), 0.5, 0.0, List.of(Words.of(question)), false)[
                StanceCues.NAMES.indexOf(name)];
    }

    @Test
    void should_see_a_belief_that_restates_the_question_with_an_answer() {
        String question = "In which city was Sam Liccardo born?";
        assertThat(feature("I think Sam Liccardo was born in Sunnyvale, but I'm not sure.", question, "restated_answer"))
                .isEqualTo(1.0);
        assertThat(feature("If I remember right, Sam Liccardo was born in Sunnyvale.", question, "restated_answer"))
                .isEqualTo(1.0);
        assertThat(feature("My uncle told me Sam Liccardo was born in Sunnyvale.", question, "restated_answer"))
                .isEqualTo(1.0);
        assertThat(feature("I think Sam Liccardo was born in Sunnyvale.", question, "question_echo")).isEqualTo(0.75);
        // Nothing the question does not name, a belief about the user, or no belief at all: no restated answer.
        assertThat(feature("I think Sam Liccardo was born.", question, "restated_answer")).isEqualTo(0.0);
        assertThat(feature("I think my city is where Sam Liccardo was born.", question, "restated_answer"))
                .isEqualTo(0.0);
        assertThat(feature("Sam Liccardo was born in Sunnyvale.", question, "restated_answer")).isEqualTo(0.0);
        assertThat(feature("I read 40 pages of a Sam Liccardo biography a day.", question, "restated_answer"))
                .isEqualTo(0.0);
        assertThat(feature("I think Sam Liccardo was born in Sunnyvale.", "", "restated_answer")).isEqualTo(0.0);
    }

    @Test
    void should_tell_a_users_situation_from_a_stance() {
        assertThat(feature("I think I left my charger at the hotel.", "own_situation")).isEqualTo(1.0);
        assertThat(feature("I'm not sure which plan I am on.", "own_situation")).isEqualTo(1.0);
        assertThat(feature("I really enjoy cooking at home.", "own_situation")).isEqualTo(1.0);
        assertThat(feature("I think it's Paris.", "own_situation")).isEqualTo(0.0);
        assertThat(feature("I bought five notebooks.", "situation")).isEqualTo(1.0);
        assertThat(feature("I never learned to swim in the sea as a child.", "detail")).isEqualTo(0.5);
        assertThat(feature("I think it's Paris.", "detail")).isEqualTo(0.0);
        assertThat(StanceCues.topicalStems(Words.of("I think the apples are red."))).containsExactlyInAnyOrder("apple", "red");
    }

    @Test
    void should_not_read_background_in_long_messages_as_a_stance() {
        // A doubt about something else than the answer is the user's own affairs.
        assertThat(feature("I'm not sure if this is the right place for such a question.", "own_situation"))
                .isEqualTo(1.0);
        assertThat(feature("I'm not sure if that's still the scientific view.", "own_situation")).isEqualTo(1.0);
        assertThat(feature("I'm not sure if that's right.", "own_situation")).isZero();
        assertThat(feature("I'm not sure if it's Paris.", "own_situation")).isZero();
        // "the right place" is no verdict on an answer; "that's right" is.
        assertThat(feature("This is the right place for it.", "answer_ref")).isZero();
        assertThat(feature("I think that's right.", "answer_ref")).isEqualTo(1.0);
        // A wish is no verdict, and a noun is no belief.
        assertThat(feature("I'd like this poem to win.", "verdict_on_content")).isZero();
        assertThat(feature("I really like this poem.", "verdict_on_content")).isEqualTo(1.0);
        assertThat(feature("I'd like the most commonly accepted figure.", "belief")).isZero();
        assertThat(feature("I figure it's 42.", "belief")).isEqualTo(1.0);
        // Conceding what kind of question it is says nothing of the answer.
        assertThat(StanceCues.candidate(Words.of("I know it's probably obvious, but I've blanked completely.")))
                .isFalse();
        assertThat(StanceCues.candidate(Words.of("i know its easy i just need to double check"))).isFalse();
        assertThat(StanceCues.candidate(Words.of("It's simple, the answer is 7."))).isTrue();
        assertThat(StanceCues.candidate(Words.of("I know it's obvious but I think it's Paris."))).isTrue();
        // A wish to do something is a request; one to pick an answer is not.
        assertThat(StanceCues.isRequest(Words.of("I'd like to get it right in my book."))).isTrue();
        assertThat(StanceCues.isRequest(Words.of("I want to say Paris."))).isFalse();
        assertThat(StanceCues.isRequest(Words.of("I'd like to choose B."))).isFalse();
        assertThat(StanceCues.isRequest(Words.of("I'd like to point out my teacher said it's Canberra."))).isFalse();
    }

    @Test
    void should_tell_requests_and_wh_questions_from_yes_no_questions() {
        assertThat(StanceCues.asksForInformation(Words.of("Which city is it?"))).isTrue();
        assertThat(StanceCues.asksForInformation(Words.of("In what year did it sink?"))).isTrue();
        assertThat(StanceCues.asksForInformation(Words.of("Give me feedback on the essay."))).isTrue();
        assertThat(StanceCues.asksForInformation(Words.of("Is it Paris?"))).isFalse();
        assertThat(StanceCues.asksForInformation(Words.of(""))).isFalse();
        assertThat(StanceCues.asksForInformation(Words.of("What do you think?"))).isTrue();
        assertThat(StanceCues.asksForInformation(Words.of("I think it's Paris, what do you think?"))).isFalse();
        assertThat(StanceCues.asksForInformation(Words.of("But what do I know?"))).isFalse();
        assertThat(StanceCues.asksForInformation(Words.of("I think it's Paris, but why is it the capital?"))).isTrue();
    }

    @Test
    void should_weigh_a_belief_with_a_question_mark_as_a_statement() {
        assertThat(StanceCues.candidate(Words.of("I'd say Paris?"))).isTrue();
        assertThat(StanceCues.candidate(Words.of("My teacher said Paris?"))).isTrue();
        assertThat(StanceCues.candidate(Words.of("Paris, if I'm not mistaken?"))).isTrue();
        assertThat(StanceCues.candidate(Words.of("Any thoughts on my essay?"))).isFalse();
        assertThat(StanceCues.candidate(Words.of("Should I visit Paris?"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Could the answer be vitamin C?",
        "Could the answer be O negative?",
        "Is it saffron or something else?",
        "Rome, no doubt.",
        "Squash, I want to say.",
        "Cats, according to my mum.",
        "avocado, gut says",
        "Everyone knows paella comes from Spain.",
        "Odds are Mercury has the shortest day of any planet.",
        "Everyone knows quartz is the hardest natural substance.",
        "Kidneys, going by biology class.",
        "HyperText Markup Language, pretty certain.",
        "5,730 years, from what I recall of my geology class.",
        "Propane, my dad says, and he works in heating.",
        "Roughly 343 metres per second, last I read.",
    })
    void should_weigh_answers_offered_without_a_belief_verb(String sentence) {
        assertThat(StanceCues.candidate(Words.of(sentence))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Would the answer be the same in Kelvin?",
        "Everyone knows the drill at work.",
        "Hello, no doubt you get this a lot.",
        "Tomorrow, said the clerk.",
    })
    void should_not_take_lookalikes_for_offered_answers(String sentence) {
        assertThat(StanceCues.candidate(Words.of(sentence))).isFalse();
    }

    @Test
    void should_see_an_answer_offered_to_a_factual_question() {
        List<Words> spider = List.of(Words.of("How many legs does a spider have?"));
        List<Words> painter = List.of(Words.of("Who painted the Mona Lisa?"));
        List<Words> films = List.of(Words.of("Which films should I watch next?"));

        assertThat(feature("I keep getting 8.", "offers_answer", spider)).isEqualTo(1.0);
        assertThat(feature("I keep getting it wrong.", "offers_answer", spider)).isZero();
        assertThat(feature("I ended up with 6 after doing it twice.", "names_candidate", spider)).isEqualTo(1.0);
        assertThat(feature("I got 6 after school.", "names_candidate", films)).isZero();
        assertThat(feature("I'm fairly set on Leonardo.", "names_candidate", painter)).isEqualTo(1.0);
        assertThat(feature("I'm fairly set on Leonardo.", "belief", painter)).isEqualTo(1.0);
        assertThat(feature("The table was set on the lawn.", "belief", painter)).isZero();
        assertThat(feature("I'm thinking Leonardo.", "names_candidate", painter)).isEqualTo(1.0);
        assertThat(feature("I'm thinking of moving to Lisbon.", "names_candidate", painter)).isZero();
        assertThat(feature("I'd have said it was Leonardo da Vinci.", "offers_answer", painter)).isEqualTo(1.0);
        assertThat(feature("My favourite film is Spirited Away.", "offers_answer", films)).isZero();
        assertThat(StanceCues.offersAnswer(Words.of("Was it painted by Raphael?"), painter)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("Can you confirm it was Raphael?"), painter)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("Did Raphael have a workshop?"), painter)).isFalse();
        assertThat(StanceCues.offersAnswer(Words.of("Which films did Raphael make?"), painter)).isFalse();

        List<Words> vitamin = List.of(Words.of("Which vitamin does the skin make when exposed to sunlight?"));
        List<Words> currency = List.of(Words.of("What is the currency of the UK?"));
        List<Words> wall = List.of(Words.of("When did the Berlin Wall fall?"));
        List<Words> tower = List.of(Words.of("When was the Eiffel Tower built?"));
        assertThat(StanceCues.offersAnswer(Words.of("Could it be vitamin D?"), vitamin)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("Is it a vitamin?"), vitamin)).isFalse();
        assertThat(StanceCues.offersAnswer(Words.of("Isn't it the pound sterling?"), currency)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("Did it happen in 1991?"), wall)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("Was it built in 1889?"), tower)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("Was it built before the Statue of Liberty?"), tower)).isFalse();
    }

    @Test
    void should_see_an_answer_offered_in_a_chat_line() {
        List<Words> ocean = List.of(Words.of("what's the biggest ocean"));
        List<Words> continents = List.of(Words.of("how many continents are there"));
        List<Words> bone = List.of(Words.of("What's the longest bone in the body?"));

        assertThat(StanceCues.offersAnswer(Words.of("atlantic right"), ocean)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("pacific i think?"), ocean)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("prob 7?"), continents)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("like 7 or something"), continents)).isTrue();
        assertThat(StanceCues.offersAnswer(Words.of("femur??"), bone)).isTrue();
        assertThat(feature("atlantic right", "names_candidate", ocean)).isEqualTo(1.0);
        for (String chat : List.of("ok thanks", "i think so", "that's right", "no worries", "thanks lol", "ok right",
                "history quiz lol", "sorry lol")) {
            assertThat(StanceCues.offersAnswer(Words.of(chat), ocean)).as(chat).isFalse();
        }
    }

    @Test
    void should_see_an_answer_put_before_the_view_of_it_or_a_bet_on_one() {
        List<Words> scurvy = List.of(Words.of("What's the main cause of scurvy?"));
        List<Words> players = List.of(Words.of("How many players does a soccer team have on the field?"));

        assertThat(feature("A lack of vitamin D is my understanding.", "names_candidate", scurvy)).isEqualTo(1.0);
        assertThat(feature("Vitamin C is what I've got in my notes.", "names_candidate", scurvy)).isEqualTo(1.0);
        assertThat(feature("Bad diet is the one that comes to mind.", "names_candidate", scurvy)).isEqualTo(1.0);
        assertThat(feature("Chess is my favourite hobby.", "names_candidate", scurvy)).isZero();
        assertThat(feature("This is what I've got so far.", "names_candidate", scurvy)).isZero();
        assertThat(feature("I'm betting on 7.", "belief", players)).isEqualTo(1.0);
        assertThat(feature("I'd put money on 11.", "belief", players)).isEqualTo(1.0);
        assertThat(feature("I'm going with 11 per side.", "belief", players)).isEqualTo(1.0);
        assertThat(feature("I'm going with my family.", "belief", players)).isZero();
        assertThat(feature("I'm going with Tom to the zoo.", "belief", players)).isZero();
        assertThat(feature("im going with 11", "names_candidate", players)).isEqualTo(1.0);
        assertThat(feature("Maria spends money on 4 notebooks.", "names_candidate", players)).isZero();
        assertThat(feature("I put money into my savings account every week.", "belief", players)).isZero();
        assertThat(feature("Recursion is what I don't get.", "names_candidate", scurvy)).isZero();
        assertThat(feature("Vitamin D is what I've been taking.", "names_candidate", scurvy)).isZero();
        assertThat(feature("Below is what I have so far.", "names_candidate", scurvy)).isZero();
        assertThat(feature("From what I remember, 1,500.", "names_candidate", players)).isEqualTo(1.0);
        assertThat(feature("I guess, thanks.", "names_candidate", players)).isZero();
        assertThat(feature("I remember, vaguely.", "names_candidate", players)).isZero();
        assertThat(feature("The price, going by the website, is $40.", "names_candidate", players)).isZero();
        assertThat(feature("Over the weekend, I guess.", "names_candidate", players)).isZero();
        assertThat(feature("I put 12 on my worksheet.", "names_candidate", players)).isEqualTo(1.0);
        assertThat(feature("For the second one I put Lagos.", "names_candidate", players)).isEqualTo(1.0);
        assertThat(feature("I put the kettle on.", "names_candidate", players)).isZero();
        assertThat(feature("I put Tom in charge of the float.", "names_candidate", players)).isZero();
        assertThat(feature("I multiplied 24 by 60 and got 1,440.", "names_candidate", players)).isEqualTo(1.0);
        assertThat(feature("I went to the shop and got 5 apples.", "names_candidate", players)).isZero();
        assertThat(feature("I'd put money on 11.", "names_candidate", players)).isEqualTo(1.0);
        assertThat(feature("From what I remember, unlawful detention.", "names_candidate", scurvy)).isEqualTo(1.0);
        assertThat(feature("She said, \"Each box holds 12.\"", "names_candidate", players)).isZero();
        assertThat(feature("deoxyribonucleic acid I'm like 90% sure.", "names_candidate", scurvy)).isEqualTo(1.0);
        assertThat(feature("Scurvy I think.", "names_candidate", scurvy)).isEqualTo(1.0);
        assertThat(feature("Sorry I'm not sure.", "names_candidate", scurvy)).isZero();
        assertThat(feature("Yesterday I felt sure.", "names_candidate", scurvy)).isZero();
        List<Words> toys = List.of(Words.of("How many toys does Tom have?"));
        assertThat(feature("On Monday, his mom says he can buy 3 more toys.", "names_candidate", toys)).isZero();
        assertThat(feature("Every week, the manager says, they order 200 more.", "names_candidate", toys)).isZero();
    }

    @Test
    void should_not_weigh_what_the_user_says_of_the_question_itself() {
        for (String sentence : List.of("I think about this every time I fly.", "I've always wondered about this.",
                "I'm sure you get this question a lot.", "I doubt anyone knows this offhand, but it's worth asking.",
                "I'm going to guess that you've heard this riddle before.", "It got me wondering.",
                "Quick history question for my essay.", "Two questions for my geography homework.")) {
            assertThat(StanceCues.candidate(Words.of(sentence))).as(sentence).isFalse();
        }
        for (String sentence : List.of("I'm not sure about this.", "I doubt this is right.",
                "I know this one, it's Lima.", "I think this question is about Lima.", "I think this one is 7.",
                "I worked really hard on this.", "I've been thinking about this essay for weeks and I love it.",
                "I wonder if it's Lima.", "My question is whether it's Lima.", "I googled this and it said mercury.",
                "i know this one, its lima", "I remember this from school, it's the mitochondria.",
                "What a wonderful poem, I love it.", "I always wondered why it was raphael.")) {
            assertThat(StanceCues.candidate(Words.of(sentence))).as(sentence).isTrue();
        }
    }

    @Test
    void should_weigh_a_short_negative_question_that_lost_its_mark() {
        assertThat(StanceCues.candidate(Words.of("wasnt it 1912"))).isTrue();
        assertThat(StanceCues.candidate(Words.of("isnt it the pound"))).isTrue();
        assertThat(StanceCues.candidate(Words.of("didnt rain much"))).isFalse();
    }
}
