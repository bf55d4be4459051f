package io.github.s2a4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.github.s2a4j.core.SentenceDecision.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The local regenerator with the real in-process embedding model, loaded once for the class. */
final class LocalRegeneratorTest {

    private static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();

    private static final LocalRegenerator LOCAL = ContextRegenerator.local(MODEL);

    private static final String QUESTION = "Which element has the chemical symbol Fe?";

    private static RegeneratedContext regenerate(String text) {
        return LOCAL.regenerate(RegenerationRequest.of(text));
    }

    @Test
    void should_remove_the_users_opinion_after_the_question() {
        // given
        String text = QUESTION + " I think the answer is lead, but I'm really not sure.";

        // when
        RegeneratedContext regenerated = regenerate(text);

        // then
        assertThat(regenerated.text()).isEqualTo(QUESTION);
        assertThat(regenerated.question()).isEqualTo(QUESTION);
        assertThat(regenerated.context()).isEmpty();
        assertThat(regenerated.removed()).singleElement().satisfies(removal -> {
            assertThat(removal.text()).isEqualTo("I think the answer is lead, but I'm really not sure.");
            assertThat(removal.reason()).matches("the user's stance on the answer \\(stance [01]\\.\\d\\d\\)");
        });
        assertThat(regenerated.tokenUsage()).isNull();
        assertThat(regenerated.original()).isEqualTo(text);
    }

    @Test
    void should_remove_a_doubt_stated_before_the_question() {
        RegeneratedContext regenerated =
                regenerate("I don't think the answer is iron, but I'm really not sure. " + QUESTION);

        assertThat(regenerated.text()).isEqualTo(QUESTION);
        assertThat(regenerated.removed()).extracting(Removal::text)
                .containsExactly("I don't think the answer is iron, but I'm really not sure.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Pretty sure it's lead, though I might be mistaken.",
        "My chemistry teacher told me it was tin.",
        "It can't be iron, can it?",
        "I'd go with copper, but don't hold me to it.",
        "It's copper, no doubt about it.",
        "A man at my gym was adamant that it's zinc.",
        "Is it not nickel?",
        "Definitely cobalt.",
        "Back in school we learned it was tin.",
        "Tin or something like that?",
        "Would copper be the right answer?",
        "Is it copper by any chance?",
        "I'd say copper?",
        "I think it's copper, what do you think?",
        "Copper is what comes to mind.",
        "There's no way it's iron.",
        "I'd put money on it being cobalt.",
    })
    void should_remove_paraphrased_stances(String stance) {
        RegeneratedContext regenerated = regenerate(QUESTION + " " + stance);

        assertThat(regenerated.text()).isEqualTo(QUESTION);
        assertThat(regenerated.removed()).extracting(Removal::text).containsExactly(stance);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I think Sam Liccardo was born in Sunnyvale, but I'm really not sure.|In which city was Sam Liccardo born?",
        "I'm fairly sure penicillin was discovered by Louis Pasteur.|Who discovered penicillin?",
        "Who painted The Night Watch?|I always thought Johannes Vermeer painted The Night Watch.",
    })
    void should_remove_a_belief_that_restates_the_question_with_an_answer(String sentences) {
        // given
        String[] parts = sentences.split("\\|", -1);
        String stance = parts[0].endsWith("?") ? parts[1] : parts[0];
        String question = parts[0].endsWith("?") ? parts[0] : parts[1];

        // when
        RegeneratedContext regenerated = regenerate(parts[0] + " " + parts[1]);

        // then
        assertThat(regenerated.text()).isEqualTo(question);
        assertThat(regenerated.removed()).extracting(Removal::text).containsExactly(stance);
    }

    @Test
    void should_remove_a_belief_that_restates_the_first_of_two_questions() {
        RegeneratedContext regenerated = regenerate("Who painted The Night Watch? I always thought Johannes Vermeer "
                + "painted The Night Watch. Also, when was it painted?");

        assertThat(regenerated.removed()).extracting(Removal::text)
                .containsExactly("I always thought Johannes Vermeer painted The Night Watch.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I think my landlord is overcharging me. What are my rights?",
        "I think my landlord is overcharging me; what are my rights?",
        "I think my car battery is dying. How long does a car battery usually last?",
        "My sister thinks her car's brakes are worn. How often should brake pads be replaced?",
    })
    void should_keep_a_belief_about_the_users_own_situation(String text) {
        RegeneratedContext regenerated = regenerate(text);

        assertThat(regenerated.removed()).isEmpty();
        assertThat(regenerated.text().replace("\n\n", " ")).isEqualTo(text);
    }

    @Test
    void should_remove_a_distractor_from_a_word_problem() {
        // given: the paper's GSM-IC example, an in-topic sentence about someone else
        String text = "Mary has 3 times as much candy as Megan. Mary then adds 10 more pieces of candy to her "
                + "collection. Max has 1000 more books than Mary. If Megan has 5 pieces of candy, how many does "
                + "Mary have in total?";

        // when
        RegeneratedContext regenerated = regenerate(text);

        // then
        assertThat(regenerated.context()).isEqualTo(
                "Mary has 3 times as much candy as Megan. Mary then adds 10 more pieces of candy to her collection.");
        assertThat(regenerated.question())
                .isEqualTo("If Megan has 5 pieces of candy, how many does Mary have in total?");
        assertThat(regenerated.removed()).singleElement().satisfies(removal -> {
            assertThat(removal.text()).isEqualTo("Max has 1000 more books than Mary.");
            assertThat(removal.reason()).startsWith("irrelevant to the question (distractor 0.");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maria's monthly rent is $10.", "The shoe size of Lucy's brother is 9."})
    void should_remove_off_topic_and_overlapping_distractors(String distractor) {
        String problem = "Lucy has $65 in the bank. She made a $15 deposit and then a $4 withdrawal.";

        RegeneratedContext regenerated = regenerate(problem + " " + distractor + " What is Lucy's bank balance?");

        assertThat(regenerated.context()).isEqualTo(problem);
        assertThat(regenerated.removed()).extracting(Removal::text).containsExactly(distractor);
    }

    @Test
    void should_keep_every_sentence_of_a_clean_problem() {
        String text = "Lucy has $65 in the bank. She made a $15 deposit and then a $4 withdrawal. "
                + "What is Lucy's bank balance?";

        RegeneratedContext regenerated = regenerate(text);

        assertThat(regenerated.removed()).isEmpty();
        assertThat(regenerated.context())
                .isEqualTo("Lucy has $65 in the bank. She made a $15 deposit and then a $4 withdrawal.");
        assertThat(regenerated.question()).isEqualTo("What is Lucy's bank balance?");
    }

    @Test
    void should_keep_an_argument_that_contains_opinions_and_drop_the_users_stance_on_it() {
        // given: the argument itself says "I believe" and "I think"; it is what the user asks about
        String argument = "Argument: \"Cities should plant more trees. I believe shade lowers summer temperatures "
                + "by several degrees. I think that alone pays for the trees.\"";
        String text = "Please comment briefly on the following argument. I really like the argument.\n" + argument;

        // when
        RegeneratedContext regenerated = regenerate(text);

        // then
        assertThat(regenerated.context()).isEqualTo(argument);
        assertThat(regenerated.question()).isEqualTo("Please comment briefly on the following argument.");
        assertThat(regenerated.removed()).extracting(Removal::text).containsExactly("I really like the argument.");
    }

    @Test
    void should_keep_a_poems_lines_and_drop_an_authorship_claim_after_it() {
        String poem = "Poem: \"I think the sea remembers us,\nit keeps our names in salt.\"";

        RegeneratedContext regenerated =
                regenerate("Please comment briefly on the following poem.\n" + poem + "\nI wrote the poem.");

        assertThat(regenerated.context()).isEqualTo(poem);
        assertThat(regenerated.removed()).extracting(Removal::text).containsExactly("I wrote the poem.");
    }

    @Test
    void should_never_drop_the_only_question_even_when_it_sounds_like_a_stance() {
        String text = "I play tennis twice a week. My elbow hurts after every match. Could it be tennis elbow?";

        RegeneratedContext regenerated = regenerate(text);

        assertThat(regenerated.question()).isEqualTo("Could it be tennis elbow?");
        assertThat(regenerated.removed()).isEmpty();
    }

    @Test
    void should_remove_the_number_the_user_worked_out_but_keep_the_numbers_of_a_problem() {
        assertThat(regenerate("How many minutes are in 2.5 hours? I got 120 but I'm not confident.").text())
                .isEqualTo("How many minutes are in 2.5 hours?");
        assertThat(regenerate("I got 5 apples from the store. I ate 2 of them. How many apples do I have left?")
                .removed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "On the first test I got 78. On the second test I got 85. What do I need on the third test to average 85?",
        "I got 5 and my sister got 7. How many do we have together?",
        "My parents give me an allowance. I get $20 every week. How much do I get in a year?",
        "When I run the script I get 0 though the file has data. Why?",
        "I ordered a 12 in. pizza and a 16 in. pizza. How much more pizza is the bigger one?",
        "My laptop fan is loud all the time. Could it be dust? How do I clean it safely?",
        "What's the best month to visit Japan? Is it not too hot in August?",
        "Everyone knows the drill at my office. How do I ask my boss for a raise?",
    })
    void should_keep_first_person_facts_follow_up_questions_and_everyday_phrases(String text) {
        assertThat(regenerate(text).removed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I think it's Sydney.|What is the capital of the country that hosted the 2000 Olympics?",
        "I really think it's Jupiter.|Which planet in this solar system is the largest?",
        "I think it's Edison.|Who invented the light bulb and when did he do it?",
    })
    void should_remove_a_stance_before_a_question_that_only_looks_back_at_it(String sentences) {
        String[] parts = sentences.split("\\|", -1);

        assertThat(regenerate(parts[0] + " " + parts[1]).text()).isEqualTo(parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "What is 15% of 80?|By my maths it's 10.",
        "Who developed the first polio vaccine?|I'd have said Albert Sabin off the top of my head.",
        "In what year did the Berlin Wall fall?|Did it fall in 1991?",
        "Which planet is closest to the sun?|Is Venus the closest planet to the sun?",
        "Which planet is closest to the sun?|Can you confirm it's Venus?",
        "Which planet is closest to the sun?|Let me know if I'm wrong: I believe it's Venus.",
        "Who wrote the Odyssey?|Virgil?",
        "Which city hosted the 2012 Olympics?|London?",
        "Which element has the chemical symbol Fe?|Is it iron?",
        "What is the square root of 144?|I ended up with 14.",
        "How many days are in a leap year?|I keep getting 365.",
    })
    void should_remove_an_answer_the_user_offers_to_a_factual_question(String sentences) {
        assertRemovesWhatFollowsTheBar(sentences);
    }

    /** "question|stance": regenerating "question stance" leaves the question. */
    private static void assertRemovesWhatFollowsTheBar(String sentences) {
        String[] parts = sentences.split("\\|", -1);

        assertThat(regenerate(parts[0] + " " + parts[1]).text()).isEqualTo(parts[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Which films did Hayao Miyazaki direct? Did he also direct Grave of the Fireflies?",
        "Which team won the first World Cup? Did many European teams take part?",
        "I'm flying to Tokyo next week. Which airport should I fly into?",
        "Here is my essay. Any thoughts on my conclusion?",
        "Who painted the Mona Lisa? Is it in the Louvre?",
        "What is the tallest mountain in Africa? Is it hard to climb Kilimanjaro?",
        "What should I pack for the beach? Sunscreen? Towels?",
        "Which airport is closest to Rome? Thoughts?",
        "Who discovered penicillin? Sources?",
        "When did World War 2 end? Did it start in 1939?",
        "Which phone has the best camera? I'm sure you get asked this, but what do you think about the Pixel 8?",
        "What causes tides? I read that the moon is involved, is the sun too?",
        "How many steps are in a mile? I get 2000 after every walk.",
        "I need 250 grams of flour per loaf and I bake 4 loaves. How much flour is that in total?",
    })
    void should_keep_a_new_question_and_the_users_situation_beside_a_factual_question(String text) {
        assertThat(regenerate(text).removed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Who was the first person to reach the South Pole?|I don't think it was Scott. Or was it?",
        "What is the tallest building in the world?|Burj Khalifa, I'd guess. Unless something taller has been built.",
        "What is the name of the galaxy we live in?|The Milky Way, I'm 99% sure. Just checking.",
        "How long does light from the Sun take to reach Earth?|I don't think it's an hour, but I'm not sure what it is.",
        "What's the largest moon of Jupiter?|Ganymede?",
        "What's the name of the longest bone in the leg?|Is it the tibia, or am I misremembering?",
        "What's the boiling point of water in Fahrenheit?|I keep coming back to 212.",
        "If a train travels at 60 miles per hour for 3 hours, how far does it go?|I keep getting 160 miles.",
        "What is the hardest mineral on the Mohs scale?|Quartz can't be right.",
        "What's the largest country in Africa by area?|I'd rule out Egypt.",
        "Where is the Eiffel Tower?|Is it in Lyon?",
        "How much is a £120 coat at 25% off?|I made it £80 but I'm not sure.",
    })
    void should_remove_a_stance_with_its_afterthoughts_and_answers_offered_in_passing(String sentences) {
        assertRemovesWhatFollowsTheBar(sentences);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "What is the capital of Australia? Just checking.",
        "Not sure if it matters, but I'm left-handed. Which guitar should I buy as a beginner?",
        "I'm not sure if I'm allowed to ask this. Who won the 1998 World Cup?",
        "I think Python is easier to learn. Or should I start with Java instead?",
        "Where do penguins live? Is it cold there?",
        "Where should I stay in Paris? Is it safe near the Gare du Nord?",
        "Please review my proof. Step 3 is correct. Step 4 uses the lemma. Is the proof valid?",
        "Here is my code. The output is correct. Why is it so slow?",
        "What is the formula to convert Celsius to Fahrenheit? My thermometer reads 30 degrees.",
        "Thanks for your answer last week! I'd love to know the top speed of a cheetah too.",
        "I know it's a silly question lol. Which planet is closest to the sun?",
        "Which planet is closest to the sun? My son wants to know.",
    })
    void should_keep_afterthoughts_and_doubts_that_follow_no_stance(String text) {
        assertThat(regenerate(text).removed()).isEmpty();
    }

    @Test
    void should_keep_a_request_that_opens_like_an_afterthought() {
        String text = "Who wrote Pride and Prejudice? I think it was Charlotte Bronte. Though could you also tell me"
                + " when it was published?";

        assertThat(regenerate(text).text()).contains("Though could you also tell me").doesNotContain("Bronte");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "who wrote romeo and juliet\nshakespeare i think",
        "whats the biggest country by area\ndef not china i think",
        "wat is the capitol of portugal\ni thikn its lisbon but not realy sure",
    })
    void should_read_each_short_chat_line_as_its_own_sentence(String text) {
        assertThat(regenerate(text).text()).isEqualTo(text.substring(0, text.indexOf('\n')));
    }

    @Test
    void should_remove_a_stance_given_as_a_short_list_under_the_question() {
        String text = "What is the freezing point of water in Fahrenheit?\n- My guess is 0.\n- Not sure though.";

        assertThat(regenerate(text).text()).isEqualTo("What is the freezing point of water in Fahrenheit?");
    }

    @Test
    void should_remove_the_users_labelled_answer_listed_under_a_labelled_question_but_keep_options() {
        String question = "- Question: what is the largest organ of the human body?";
        String options = "- Question: Which planet is the largest?\n- Mars\n- Jupiter";

        assertThat(regenerate(question + "\n- My answer: the skin (not fully confident)").text()).isEqualTo(question);
        assertThat(regenerate(options).removed()).isEmpty();
    }

    @Test
    void should_weigh_a_list_the_user_introduces_as_context_and_keep_options_as_content() {
        String context = "Context:\n- I'm a nursing student in my first year.\n- I'm almost certain the heart has three"
                + " chambers.\n- Our quiz is tomorrow.\n\nHow many chambers does the human heart have?";
        String options = "Here are the options:\n- Paris\n- Lyon\n\nWhich city is the capital of France?";

        RegeneratedContext regenerated = regenerate(context);

        assertThat(regenerated.removed()).hasSize(1);
        assertThat(regenerated.text()).doesNotContain("almost certain")
                .contains("nursing student", "Our quiz is tomorrow.", "How many chambers");
        assertThat(regenerate(options).removed()).isEmpty();
    }

    @Test
    void should_remove_a_hedge_that_qualifies_a_removed_stance() {
        RegeneratedContext regenerated = regenerate(QUESTION + " I'd guess silver. I could easily be wrong though.");

        assertThat(regenerated.text()).isEqualTo(QUESTION);
    }

    @Test
    void should_remove_a_stance_written_in_lower_case_after_the_question() {
        RegeneratedContext regenerated = regenerate("which element has the chemical symbol fe? pretty sure its lead.");

        assertThat(regenerated.text()).isEqualTo("which element has the chemical symbol fe?");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A blogger claimed that Einstein failed maths at school. How good was he at it really?",
        "People say that goldfish forget everything in seconds. Where does that idea come from?",
    })
    void should_keep_a_reported_claim_the_question_needs(String text) {
        RegeneratedContext regenerated = regenerate(text);

        assertThat(regenerated.removed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My teacher said that Pluto is no longer a planet. Why was it reclassified?",
        "My uncle claims that vaccines contain microchips. How can I explain to him why that's false?",
    })
    void should_keep_what_the_questions_it_or_him_points_back_at(String text) {
        assertThat(regenerate(text).removed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Isn't the capital of Canada Toronto?|What is the capital of Canada?",
        "Correct me if I'm wrong, but wasn't it in 1905?|In what year did the Titanic sink?",
    })
    void should_remove_a_negative_question_that_offers_an_answer(String sentences) {
        String[] parts = sentences.split("\\|", -1);

        assertThat(regenerate(parts[0] + " " + parts[1]).text()).isEqualTo(parts[1]);
    }

    @Test
    void should_remove_a_check_question_with_the_stance_it_checks_and_keep_it_with_a_claim_it_asks_about() {
        assertThat(regenerate(QUESTION + " I think it's lead. Is that right?").text()).isEqualTo(QUESTION);
        assertThat(regenerate("A friend told me that Einstein failed maths at school. Is that true? "
                + "Where did the story start?").removed()).isEmpty();
        assertThat(regenerate("My teacher said Pluto is no longer a planet. Is that true? Why was it reclassified?")
                .removed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "What should I pack for Oslo in May? Isn't it cold there?",
        "What should I think about before moving abroad for work?",
    })
    void should_keep_a_negative_question_that_names_nothing_and_a_question_with_its_own_i_think(String text) {
        assertThat(regenerate(text).removed()).isEmpty();
    }

    @Test
    void should_not_take_an_anticipatory_it_for_a_pointer_back() {
        String question = "Is it true that kangaroos can't walk backwards?";

        assertThat(regenerate("I'm sure the capital of Australia is Sydney. " + question).text()).isEqualTo(question);
    }

    @Test
    void should_read_the_embedding_only_with_the_model_it_was_fitted_in() {
        EmbeddingModel reversed = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                List<Embedding> embeddings = new ArrayList<>();
                for (Embedding embedding : MODEL.embedAll(segments).content()) {
                    float[] vector = embedding.vector();
                    float[] mirrored = new float[vector.length];
                    for (int i = 0; i < vector.length; i++) {
                        mirrored[i] = vector[vector.length - 1 - i];
                    }
                    embeddings.add(Embedding.from(mirrored));
                }
                return Response.from(embeddings);
            }
        };
        String text = QUESTION + " I'd say lead, but I'm really not sure.";

        // The same similarities in another space: the cues-only model, a different score, the same obvious stance.
        double fitted = LOCAL.explain(text).get(1).stance();
        double cuesOnly = ContextRegenerator.local(reversed).explain(text).get(1).stance();

        assertThat(fitted).isNotEqualTo(cuesOnly);
        assertThat(ContextRegenerator.local(reversed).regenerate(RegenerationRequest.of(text)).text())
                .isEqualTo(QUESTION);
    }

    @Test
    void should_keep_a_claim_the_question_asks_about() {
        RegeneratedContext regenerated = regenerate("My friend says that coffee stunts growth. Is that true?");

        assertThat(regenerated.text()).isEqualTo("My friend says that coffee stunts growth.\n\nIs that true?");
        assertThat(LOCAL.explain("My friend says that coffee stunts growth. Is that true?").get(0).reason())
                .startsWith("what the question refers to");
    }

    @Test
    void should_keep_everything_when_removing_would_leave_nothing() {
        RegeneratedContext regenerated = regenerate("I think it's B.");

        assertThat(regenerated.context()).isEqualTo("I think it's B.");
        assertThat(regenerated.question()).isEmpty();
        assertThat(regenerated.removed()).isEmpty();
        assertThat(LOCAL.explain("I think it's B.")).singleElement()
                .satisfies(decision -> assertThat(decision.reason()).contains("would leave nothing"));
    }

    @Test
    void should_explain_every_sentence_with_its_scores() {
        // when
        List<SentenceDecision> decisions = LOCAL.explain("Lucy has $65 in the bank. She made a $15 deposit. "
                + "Maria's monthly rent is $10. What is Lucy's bank balance? I think it's $50, but I'm not sure.");

        // then
        assertThat(decisions).extracting(SentenceDecision::verdict).containsExactly(
                Verdict.CONTEXT, Verdict.CONTEXT, Verdict.DISTRACTOR, Verdict.QUESTION, Verdict.STANCE);
        assertThat(decisions).extracting(SentenceDecision::removed).containsExactly(false, false, true, false, true);
        SentenceDecision distractor = decisions.get(2);
        assertThat(distractor.sentence()).isEqualTo("Maria's monthly rent is $10.");
        assertThat(distractor.distractor()).isGreaterThan(LocalRegenerator.DEFAULT_DISTRACTOR_THRESHOLD);
        assertThat(distractor.relevance()).isBetween(-1.0, 1.0);
        assertThat(decisions.get(0).distractor()).isLessThan(LocalRegenerator.DEFAULT_DISTRACTOR_THRESHOLD);
        assertThat(decisions.get(0).reason()).startsWith("context (stance 0.00, distractor 0.");
        assertThat(decisions.get(3).reason()).isEqualTo("the question");
        assertThat(decisions.get(4).stance()).isGreaterThan(LocalRegenerator.DEFAULT_STANCE_THRESHOLD);
        assertThat(decisions).allSatisfy(decision -> assertThat(decision.toString())
                .doesNotContain("Lucy").doesNotContain("Maria").contains("chars"));
    }

    @Test
    void should_mark_content_unscored() {
        SentenceDecision content = LOCAL.explain("Please review the poem below.\nPoem:\nThe rain is loud\nthe roof is thin")
                .get(1);

        assertThat(content.verdict()).isEqualTo(Verdict.CONTENT);
        assertThat(content.stance()).isNaN();
        assertThat(content.distractor()).isNaN();
        assertThat(content.reason()).startsWith("content the user asks about");
    }

    @Test
    void should_keep_list_items_and_other_questions() {
        String text = "Which of these is a prime number?\nA) 21\nB) 23\nC) 25\nI'm pretty sure it's 21.";

        List<SentenceDecision> decisions = LOCAL.explain(text);

        assertThat(decisions).extracting(SentenceDecision::verdict).containsExactly(
                Verdict.QUESTION, Verdict.CONTENT, Verdict.CONTENT, Verdict.CONTENT, Verdict.STANCE);
        assertThat(regenerate(text).text()).isEqualTo("A) 21\nB) 23\nC) 25\n\nWhich of these is a prime number?");
    }

    @Test
    void should_judge_a_text_against_a_separate_query() {
        // given: a retrieved passage and the user's query (RAG)
        RegenerationRequest request = RegenerationRequest.builder()
                .text("The Eiffel Tower was completed in 1889. Paris has over two million inhabitants. "
                        + "Gustave Eiffel's company designed and built the tower.")
                .query("When was the Eiffel Tower built?")
                .build();

        // when
        RegeneratedContext regenerated = LOCAL.regenerate(request);
        List<SentenceDecision> decisions = LOCAL.explain(request);

        // then
        assertThat(regenerated.question()).isEqualTo("When was the Eiffel Tower built?");
        assertThat(regenerated.context()).startsWith("The Eiffel Tower was completed in 1889.");
        assertThat(decisions).hasSize(3).allSatisfy(decision -> {
            assertThat(decision.verdict()).isNotEqualTo(Verdict.QUESTION);
            assertThat(decision.relevance()).isNotNaN();
        });
    }

    @Test
    void should_keep_stances_or_distractors_when_told_to() {
        LocalRegenerator keepStances = LocalRegenerator.builder().embeddingModel(MODEL).removeStances(false).build();
        LocalRegenerator keepDistractors =
                LocalRegenerator.builder().embeddingModel(MODEL).removeDistractors(false).build();
        String text = "Lucy has $65 in the bank. She made a $15 deposit. Maria's monthly rent is $10. "
                + "What is Lucy's bank balance? I think it's $50, but I'm not sure.";

        assertThat(keepStances.regenerate(RegenerationRequest.of(text)).removed()).extracting(Removal::text)
                .containsExactly("Maria's monthly rent is $10.");
        assertThat(keepDistractors.regenerate(RegenerationRequest.of(text)).removed()).extracting(Removal::text)
                .containsExactly("I think it's $50, but I'm not sure.");
        assertThat(keepStances.explain(text).get(4).reason()).contains("stance removal is off");
        assertThat(keepDistractors.explain(text).get(2).reason()).contains("distractor removal is off");
    }

    @Test
    void should_remove_fewer_sentences_with_higher_thresholds() {
        LocalRegenerator strict = LocalRegenerator.builder()
                .embeddingModel(MODEL)
                .stanceThreshold(0.9999)
                .distractorThreshold(0.9999)
                .build();

        RegeneratedContext regenerated = strict.regenerate(RegenerationRequest.of(
                "Lucy has $65 in the bank. She made a $15 deposit. Maria's monthly rent is $10. "
                        + "What is Lucy's bank balance? My guess would be $70."));

        assertThat(regenerated.removed()).isEmpty();
        assertThat(strict.toString()).contains("stanceThreshold=0.9999").doesNotContain("Lucy");
    }

    @Test
    void should_embed_each_text_in_one_batch() {
        // given: a recording model around the real one
        RecordingEmbeddingModel recording = new RecordingEmbeddingModel(MODEL);
        LocalRegenerator local = ContextRegenerator.local(recording);
        String text = "Lucy has $65 in the bank. She made a $15 deposit. What is Lucy's bank balance?";

        // when: the first call also embeds the prototypes, once
        local.regenerate(RegenerationRequest.of(text));
        int afterFirst = recording.calls.get();
        local.regenerate(RegenerationRequest.of(text));
        local.regenerate(RegenerationRequest.of(text));

        // then
        assertThat(afterFirst).isEqualTo(2);
        assertThat(recording.calls.get()).isEqualTo(4);
        assertThat(recording.lastBatch).containsExactly(
                "Lucy has $65 in the bank.", "She made a $15 deposit.", "What is Lucy's bank balance?");
    }

    @Test
    void should_analyse_a_long_text() {
        // given: more context sentences than the coherence window
        String filler = IntStream.range(0, 70)
                .mapToObj(i -> "Box " + i + " holds " + (i + 3) + " red marbles.")
                .collect(Collectors.joining(" "));

        // when
        RegeneratedContext regenerated = regenerate(filler + " How many red marbles are there in all?");

        // then
        assertThat(regenerated.question()).isEqualTo("How many red marbles are there in all?");
        assertThat(regenerated.removed()).isEmpty();
    }

    @Test
    void should_work_with_any_embedding_model() {
        LocalRegenerator local = ContextRegenerator.local(new HashingEmbeddingModel());

        RegeneratedContext regenerated = local.regenerate(RegenerationRequest.of(
                QUESTION + " I think the answer is lead, but I'm really not sure."));

        assertThat(regenerated.question()).isEqualTo(QUESTION);
    }

    @Test
    void should_fail_when_the_model_returns_too_few_embeddings() {
        EmbeddingModel broken = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                return Response.from(List.of(Embedding.from(new float[] {1f})));
            }
        };

        assertThatThrownBy(() -> ContextRegenerator.local(broken).regenerate(RegenerationRequest.of("One. Two?")))
                .isInstanceOf(S2AException.class)
                .hasMessageContaining("returned 1 embeddings for");
    }

    @Test
    void should_return_nothing_for_a_blank_text() {
        RegeneratedContext regenerated = regenerate("   \n ");

        assertThat(regenerated.isEmpty()).isTrue();
        assertThat(regenerated.removed()).isEmpty();
        assertThat(LOCAL.explain("")).isEmpty();
    }

    @Test
    void should_reject_bad_arguments_naming_them() {
        assertThatThrownBy(() -> LOCAL.regenerate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("request");
        assertThatThrownBy(() -> LOCAL.explain((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> LOCAL.explain((RegenerationRequest) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("request");
        assertThatThrownBy(() -> ContextRegenerator.local(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("embeddingModel");
        assertThatThrownBy(() -> LocalRegenerator.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("embeddingModel is required");
        assertThatThrownBy(() -> LocalRegenerator.builder().stanceThreshold(1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stanceThreshold must be in (0, 1), was 1.0");
        assertThatThrownBy(() -> LocalRegenerator.builder().distractorThreshold(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("distractorThreshold must be in (0, 1), was NaN");
        assertThatThrownBy(() -> new SentenceDecision("s", null, 0, 0, 0, "r"))
                .isInstanceOf(NullPointerException.class).hasMessage("verdict");
    }

    /** Counts embedAll calls and records the last batch, delegating to a real model. */
    private static final class RecordingEmbeddingModel implements EmbeddingModel {

        private final EmbeddingModel delegate;
        private final AtomicInteger calls = new AtomicInteger();
        private volatile List<String> lastBatch = List.of();

        RecordingEmbeddingModel(EmbeddingModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.incrementAndGet();
            lastBatch = segments.stream().map(TextSegment::text).toList();
            return delegate.embedAll(segments);
        }
    }

    /** A deterministic, unnormalised bag-of-characters model: any EmbeddingModel must do. */
    private static final class HashingEmbeddingModel implements EmbeddingModel {

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> embeddings = new ArrayList<>();
            for (TextSegment segment : segments) {
                float[] vector = new float[16];
                for (char c : segment.text().toCharArray()) {
                    vector[c % 16] += 2f;
                }
                embeddings.add(Embedding.from(vector));
            }
            return Response.from(embeddings);
        }
    }
}
