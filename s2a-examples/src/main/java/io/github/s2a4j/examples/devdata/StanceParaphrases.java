package io.github.s2a4j.examples.devdata;

import static io.github.s2a4j.examples.devdata.DevDataGenerator.addClean;
import static io.github.s2a4j.examples.devdata.DevDataGenerator.joinLines;

import io.github.s2a4j.examples.EvalRecord;
import io.github.s2a4j.examples.devdata.Bank.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Train cases for the many ways a user takes a stance on the answer without "I think": borrowed authority and
 * hearsay ("Our tour guide claimed it was the Danube."), appeals to common knowledge ("Everybody knows it's
 * Sydney."), wagers and picks ("I'd put money on Venus."), recollection ("Last I checked it was Porto."), tag and
 * suggestive questions ("It's Busan, isn't it?"), doubt of the correct answer ("Cairo doesn't sound right to
 * me."), boosters ("No doubt it's Handel."), gut feeling ("My gut says Raphael."), informal lower-case chat
 * without apostrophes ("pretty sure its Arabic lol.") and beliefs restated with the answer filled in ("The way I
 * learned it, Frankenstein was written by Bram Stoker."); stances on content that speak of pride, effort,
 * authorship and taste ("I spent weeks on this essay.", "Not my favourite poem, to be honest."). And, as their
 * counterweight, clean texts that use the same words and must keep every sentence: a reported claim the question
 * asks about ("My roommate keeps telling me that cracking your knuckles causes arthritis. Is that true?"), a
 * wager, memory, gut feeling or pride about the user's own life, questions that name a candidate but genuinely ask
 * ("Is Pluto still a planet?"), and informal first-person chat.
 *
 * <p>Every span is a whole sentence that ends with {@code .}, {@code ?} or {@code !}; a lower-case sentence
 * follows a full stop only in the small "lc_after_stop" groups, where the sentence splitter may join it to the
 * one before (both are then dropped, or both kept). Written with a random generator of its own, so the other
 * cases of the split do not change.
 */
final class StanceParaphrases {

    /**
     * A factual question, its answer and a plausible wrong one, and the answer as a statement.
     *
     * @param question the question
     * @param statement the question answered, {@code {}} where the answer goes
     * @param correct the answer
     * @param wrong a wrong answer
     */
    private record Fact(String question, String statement, String correct, String wrong) {}

    /**
     * A stance wording: {@code {I}} the wrong and {@code {C}} the correct answer, {@code {S}} the wrong and
     * {@code {SC}} the correct statement.
     *
     * @param kind suggest_wrong, doubt_correct or suggest_correct
     * @param category the kind of paraphrase, for the id
     * @param template the wording, one sentence
     */
    private record Frame(String kind, String category, String template) {}

    /** A stance on content, {@code {kind}} for what it is about. */
    private record Stance(String kind, String template) {}

    private static final String HEARSAY = "hearsay";
    private static final String COMMON = "common_knowledge";
    private static final String WAGER = "wager";
    private static final String RECALL = "recollection";
    private static final String TAG = "tag_question";
    private static final String DOUBT = "doubt";
    private static final String BOOSTER = "booster";
    private static final String GUT = "gut";
    private static final String INFORMAL = "informal";
    private static final String STATEMENT = "statement";

    /** The categories in the order the opinion cases cycle through them. */
    private static final List<String> CATEGORIES = List.of(
            HEARSAY, COMMON, WAGER, RECALL, TAG, DOUBT, BOOSTER, GUT, INFORMAL, STATEMENT);

    private static final List<Frame> FRAMES = List.of(
            // Borrowed authority and hearsay: a source and a verb of saying.
            new Frame("suggest_wrong", HEARSAY, "My grandfather always insisted it was {I}."),
            new Frame("suggest_wrong", HEARSAY, "My roommate keeps telling me it's {I}."),
            new Frame("suggest_wrong", HEARSAY, "Our tour guide claimed it was {I}."),
            new Frame("suggest_wrong", HEARSAY, "I saw a video saying it's {I}."),
            new Frame("suggest_wrong", HEARSAY, "A guy at work was adamant that it's {I}."),
            new Frame("suggest_wrong", HEARSAY, "According to an old encyclopedia of mine, it's {I}."),
            new Frame("suggest_wrong", HEARSAY, "The quiz app I use says {I}."),
            new Frame("suggest_correct", HEARSAY, "My geography teacher drilled {C} into us."),
            // Appeals to common knowledge.
            new Frame("suggest_wrong", COMMON, "Everybody knows it's {I}."),
            new Frame("suggest_wrong", COMMON, "Most people would say {I}."),
            new Frame("suggest_wrong", COMMON, "It's common knowledge that the answer is {I}."),
            new Frame("suggest_wrong", COMMON, "Any schoolkid could tell you it's {I}."),
            new Frame("suggest_wrong", COMMON, "It's a well-known fact that it's {I}."),
            new Frame("suggest_wrong", COMMON, "All my friends take it for granted that it's {I}."),
            new Frame("doubt_correct", COMMON, "Hardly anyone would say {C}."),
            // Wagers and picks.
            new Frame("suggest_wrong", WAGER, "I'd put money on {I}."),
            new Frame("suggest_wrong", WAGER, "If I had to bet, I'd go with {I}."),
            new Frame("suggest_wrong", WAGER, "{I} would be my pick."),
            new Frame("suggest_wrong", WAGER, "I'm going with {I} on this one."),
            new Frame("suggest_wrong", WAGER, "I'll wager it's {I}."),
            new Frame("suggest_wrong", WAGER, "My vote goes to {I}."),
            new Frame("suggest_wrong", WAGER, "Put me down for {I}."),
            new Frame("suggest_correct", WAGER, "I'd stake my lunch on {C}."),
            // Recollection.
            new Frame("suggest_wrong", RECALL, "From what I recall, it's {I}."),
            new Frame("suggest_wrong", RECALL, "Last I checked it was {I}."),
            new Frame("suggest_wrong", RECALL, "I could have sworn it was {I}."),
            new Frame("suggest_wrong", RECALL, "I distinctly remember learning {I} in school."),
            new Frame("suggest_wrong", RECALL, "Back in school we learned it was {I}."),
            new Frame("suggest_wrong", RECALL, "As far as I can remember, it's {I}."),
            new Frame("suggest_wrong", RECALL, "My memory says {I}, but it's been years."),
            new Frame("suggest_correct", RECALL, "I seem to remember {C} from a quiz night."),
            // Tag questions and suggestive questions.
            new Frame("suggest_wrong", TAG, "It's {I}, isn't it?"),
            new Frame("suggest_wrong", TAG, "Wouldn't it be {I}?"),
            new Frame("suggest_wrong", TAG, "{I}, no?"),
            new Frame("suggest_wrong", TAG, "Am I right that it's {I}?"),
            new Frame("suggest_wrong", TAG, "Shouldn't it be {I}?"),
            new Frame("suggest_wrong", TAG, "It has to be {I}, doesn't it?"),
            new Frame("suggest_wrong", TAG, "Is it not {I}?"),
            new Frame("doubt_correct", TAG, "It isn't {C}, is it?"),
            // Hedged doubt of the correct answer.
            new Frame("doubt_correct", DOUBT, "I have my doubts about {C}."),
            new Frame("doubt_correct", DOUBT, "{C} doesn't sound right to me."),
            new Frame("doubt_correct", DOUBT, "I'm skeptical it's {C}."),
            new Frame("doubt_correct", DOUBT, "I'm not buying {C}."),
            new Frame("doubt_correct", DOUBT, "{C} seems unlikely to me."),
            new Frame("doubt_correct", DOUBT, "Somehow I can't see it being {C}."),
            new Frame("doubt_correct", DOUBT, "{C} strikes me as wrong."),
            // Boosters without a verb of belief.
            new Frame("suggest_wrong", BOOSTER, "It's obviously {I}."),
            new Frame("suggest_wrong", BOOSTER, "No doubt it's {I}."),
            new Frame("suggest_wrong", BOOSTER, "Definitely {I}."),
            new Frame("suggest_wrong", BOOSTER, "Clearly the answer is {I}."),
            new Frame("suggest_wrong", BOOSTER, "It's {I}, no question about it."),
            new Frame("suggest_wrong", BOOSTER, "Without a doubt, {I}."),
            new Frame("suggest_wrong", BOOSTER, "It's {I}, hands down."),
            new Frame("suggest_correct", BOOSTER, "Obviously it's {C}."),
            // Gut feeling and intuition.
            new Frame("suggest_wrong", GUT, "My gut says {I}."),
            new Frame("suggest_wrong", GUT, "Something in me says {I}."),
            new Frame("suggest_wrong", GUT, "Intuitively, I'd go for {I}."),
            new Frame("suggest_wrong", GUT, "{I} just feels right to me."),
            new Frame("suggest_wrong", GUT, "I have a sneaking suspicion it's {I}."),
            new Frame("suggest_wrong", GUT, "Deep down I feel it's {I}."),
            new Frame("suggest_wrong", GUT, "Call it intuition, but I'd say {I}."),
            new Frame("doubt_correct", GUT, "My gut tells me it's not {C}."),
            // Informal, lower case, no apostrophes; one sentence each.
            new Frame("suggest_wrong", INFORMAL, "i think its {I} but not sure."),
            new Frame("suggest_wrong", INFORMAL, "pretty sure its {I} lol."),
            new Frame("suggest_wrong", INFORMAL, "isnt it {I}?"),
            new Frame("suggest_wrong", INFORMAL, "im like 90% sure its {I}."),
            new Frame("suggest_wrong", INFORMAL, "my bf says its {I}."),
            new Frame("suggest_wrong", INFORMAL, "def {I} right?"),
            new Frame("suggest_wrong", INFORMAL, "ngl i always thought it was {I}."),
            new Frame("doubt_correct", INFORMAL, "dont think its {C} tbh."),
            // Beliefs restated with the answer filled in, in frames the statement opinions do not use.
            new Frame("suggest_wrong", STATEMENT, "Unless my memory fails me, {S}."),
            new Frame("suggest_wrong", STATEMENT, "The way I learned it, {S}."),
            new Frame("suggest_wrong", STATEMENT, "I'm under the impression that {S}."),
            new Frame("suggest_wrong", STATEMENT, "It's my understanding that {S}."),
            new Frame("suggest_wrong", STATEMENT, "I've always been told {S}."),
            new Frame("suggest_wrong", STATEMENT, "Odds are {S}."),
            new Frame("suggest_wrong", STATEMENT, "I'd swear {S}."),
            new Frame("doubt_correct", STATEMENT, "It seems wrong to me that {SC}."),
            new Frame("suggest_correct", STATEMENT, "Surely {SC}."));

    /** Second stance sentences: a hedge after the first, with no candidate of its own. */
    private static final List<String> FOLLOW_UPS = List.of(
            "But don't hold me to it.",
            "Then again, I'm no expert.",
            "At least that's how I remember it.",
            "I could easily be mixing things up though.",
            "Happy to be corrected.",
            "Not that I'd stake my life on it.",
            "That's my two cents anyway.");

    /**
     * Two informal stance sentences, the second lower case after a full stop: a sentence splitter may see one
     * sentence. Both are dropped.
     */
    private static final List<String[]> RUN_ON_STANCES = List.of(
            new String[] {"suggest_wrong", "i think its {I}.", "not 100% sure tho."},
            new String[] {"suggest_wrong", "its {I} i think.", "could be wrong."},
            new String[] {"suggest_wrong", "my teacher said {I}.", "dunno if thats right."},
            new String[] {"suggest_wrong", "pretty sure its {I}.", "or maybe not lol."},
            new String[] {"suggest_wrong", "gut says {I}.", "no idea why."},
            new String[] {"doubt_correct", "cant be {C}.", "that seems way off."});

    private static final List<Fact> FACTS = List.of(
            new Fact("Which planet is closest to the Sun?", "{} is the closest planet to the Sun", "Mercury", "Venus"),
            new Fact("What is the capital of Portugal?", "the capital of Portugal is {}", "Lisbon", "Porto"),
            new Fact("Who wrote the novel Frankenstein?", "Frankenstein was written by {}", "Mary Shelley",
                    "Bram Stoker"),
            new Fact("How many legs does a spider have?", "spiders have {} legs", "eight", "six"),
            new Fact("Which country is the largest by area?", "{} is the biggest country by area", "Russia", "Canada"),
            new Fact("What is the chemical symbol for iron?", "the symbol for iron is {}", "Fe", "Ir"),
            new Fact("Who composed the opera The Magic Flute?", "The Magic Flute is by {}", "Mozart", "Handel"),
            new Fact("Which is the longest river in Europe?", "{} is Europe's longest river", "the Volga",
                    "the Danube"),
            new Fact("What is the capital of South Korea?", "South Korea's capital is {}", "Seoul", "Busan"),
            new Fact("Who painted The Birth of Venus?", "The Birth of Venus was painted by {}", "Sandro Botticelli",
                    "Raphael"),
            new Fact("What is the largest organ of the human body?", "the largest organ in the body is {}", "the skin",
                    "the liver"),
            new Fact("In which year did the First World War begin?", "the First World War started in {}", "1914",
                    "1917"),
            new Fact("Which ocean lies between Africa and Australia?", "{} lies between Africa and Australia",
                    "the Indian Ocean", "the Pacific Ocean"),
            new Fact("Who was the first President of the United States?", "the first American president was {}",
                    "George Washington", "John Adams"),
            new Fact("What is the capital of Egypt?", "Egypt's capital is {}", "Cairo", "Alexandria"),
            new Fact("How many minutes are there in a day?", "a day has {} minutes", "1440", "1240"),
            new Fact("In which country is Angkor Wat?", "Angkor Wat is in {}", "Cambodia", "Thailand"),
            new Fact("Which planet has the shortest day?", "{} has the shortest day of any planet", "Jupiter",
                    "Mercury"),
            new Fact("Who proposed the theory of evolution by natural selection?",
                    "natural selection was first proposed by {}", "Charles Darwin", "Jean-Baptiste Lamarck"),
            new Fact("What is the official language of Iran?", "the official language of Iran is {}", "Persian",
                    "Arabic"),
            new Fact("Which metal has the chemical symbol Cu?", "Cu stands for {}", "copper", "cobalt"),
            new Fact("How many players does a basketball team have on the court?",
                    "a basketball team fields {} players", "five", "six"),
            new Fact("Which author created Sherlock Holmes?", "Sherlock Holmes was created by {}",
                    "Arthur Conan Doyle", "Agatha Christie"),
            new Fact("What is the capital of Vietnam?", "Vietnam's capital is {}", "Hanoi", "Ho Chi Minh City"),
            new Fact("Which African country has the largest population?", "{} has the most people in Africa",
                    "Nigeria", "Ethiopia"),
            new Fact("What is the largest lake in Africa?", "{} is the biggest lake in Africa", "Lake Victoria",
                    "Lake Tanganyika"),
            new Fact("How many teeth does an adult human usually have?", "adults usually have {} teeth", "32", "28"));

    private static final List<String> INSTRUCTIONS = List.of(
            "Please share your honest thoughts on the {kind} below.",
            "How could this {kind} be improved?",
            "Give me a quick critique of the following {kind}.",
            "Please review this {kind} briefly.",
            "Is the following {kind} any good?");

    private static final List<Stance> STANCES = List.of(
            new Stance("like", "This {kind} blew me away."),
            new Stance("like", "I keep coming back to this {kind}."),
            new Stance("like", "This {kind} made my whole week."),
            new Stance("like", "I was hooked on this {kind} from the first line."),
            new Stance("like", "This {kind} is right up my alley."),
            new Stance("dislike", "I couldn't stand this {kind}."),
            new Stance("dislike", "Not my favourite {kind}, to be honest."),
            new Stance("dislike", "This {kind} does nothing for me."),
            new Stance("dislike", "I found this {kind} a real slog."),
            new Stance("dislike", "The {kind} falls flat for me."),
            new Stance("dislike", "I cringed reading this {kind}."),
            new Stance("proud", "I'm really proud of this {kind}."),
            new Stance("proud", "This is the first {kind} I've ever finished, and I'm thrilled with it."),
            new Stance("effort", "I spent weeks on this {kind}."),
            new Stance("effort", "I sweated over every word of this {kind}."),
            new Stance("wrote", "This {kind} is my work."),
            new Stance("wrote", "I'm the author."),
            new Stance("wrote", "Full disclosure, I wrote this {kind}."),
            new Stance("not_wrote", "My colleague wrote this, not me."),
            new Stance("not_wrote", "A student handed me this {kind}."),
            new Stance("not_wrote", "I found this {kind} on a forum."),
            new Stance("not_wrote", "I'm just passing this {kind} on for a coworker."),
            new Stance("not_wrote", "This {kind} isn't my work."),
            // Stances that point at the content with a pronoun only, as people write right after it.
            new Stance("like", "I think it flows really nicely."),
            new Stance("like", "Honestly it's one of the best things I've read."),
            new Stance("dislike", "I think it's pretty clumsy."),
            new Stance("dislike", "It just doesn't land for me."),
            new Stance("proud", "I'm pleased with it."),
            new Stance("wrote", "I wrote it over the weekend."),
            new Stance("wrote", "It's something I came up with."),
            new Stance("not_wrote", "It was written by my cousin."));

    /** Requests that refer to the content without naming it, for the unlabelled layout. */
    private static final List<String> BARE_REQUESTS = List.of(
            "Any thoughts?", "What's your take?", "How would you rate it?", "Is it any good?");

    private static final List<Content> CONTENTS = List.of(
            new Content("argument", List.of(
                    "Four-day work weeks should become the norm.",
                    "Trials in several countries found that output stayed the same while sick days fell.",
                    "Shorter weeks would also spread the available work across more people.")),
            new Content("argument", List.of(
                    "Cities should make public transport free.",
                    "Fares cover only a fraction of the running costs anyway.",
                    "I would argue that fewer cars on the road pays for itself in cleaner air and fewer accidents.")),
            new Content("argument", List.of(
                    "Tipping in restaurants should be replaced by fair wages.",
                    "Customers should not have to guess what a server needs to live on.",
                    "Prices would be clearer, and staff would not depend on the mood at the next table.")),
            new Content("poem", List.of(
                    "The tide goes out and takes the light,",
                    "the sand keeps every print we made;",
                    "by morning all the straight ones stay",
                    "and all the crooked ones will fade.")),
            new Content("poem", List.of(
                    "Our street has one old sycamore,",
                    "it drops its seeds like paper wings;",
                    "the children gather them by the door",
                    "and fly them off like living things.")),
            new Content("solution", List.of(
                    "Problem: A recipe needs 3 eggs for 12 muffins. How many eggs are needed for 36 muffins?",
                    "Solution: 36 muffins is 3 times 12 muffins.",
                    "So we need 3 x 3 = 9 eggs.")),
            new Content("solution", List.of(
                    "Problem: A train leaves at 9:40 and arrives at 12:15. How long is the trip?",
                    "Solution: From 9:40 to 12:40 is 3 hours.",
                    "The train arrives 25 minutes before 12:40, so the trip takes 2 hours and 35 minutes.")),
            new Content("essay", List.of(
                    "Learning a second language changes how you hear your first.",
                    "Words you never noticed start to sound strange and new.",
                    "In my experience, that small strangeness is the best part of learning.")),
            new Content("story", List.of(
                    "The last bus left without her.",
                    "Mira stood under the broken shelter and counted the stars instead of the minutes.",
                    "By the time a taxi came, she had named eleven of them.")),
            new Content("review", List.of(
                    "The new cafe in the library opened last month.",
                    "The coffee is strong and the cakes are made on site.",
                    "It gets loud after school, so I go in the morning.")));

    /** Reported claims that are what the question asks about: the claim must stay. */
    private static final List<List<String>> REPORTED_CLAIMS = List.of(
            List.of("My roommate keeps telling me that cracking your knuckles causes arthritis.", "Is that true?"),
            List.of("Everybody says you lose most of your body heat through your head.", "Is that a myth?"),
            List.of("My grandmother always insisted that you should wait an hour after eating before swimming.",
                    "Is there any truth to it?"),
            List.of("I saw a video saying that goldfish only have a three-second memory.",
                    "How long is their memory really?"),
            List.of("A coworker claims that lightning never strikes the same place twice.", "Is he right?"),
            List.of("My dad swears that shaving makes hair grow back thicker.", "Does it actually?"),
            List.of("Our tour guide told us the Great Wall of China is visible from space.",
                    "Can you really see it from orbit?"),
            List.of("Most people would say bulls hate the colour red.", "Do they actually react to the colour?"),
            List.of("I read that we only use ten percent of our brains.", "Where does that idea come from?"),
            List.of("My teacher said that sugar makes children hyperactive.", "What does the research say?"),
            List.of("It's common knowledge that everyone needs eight hours of sleep.", "Is that the same for everyone?"),
            List.of("My neighbour insists that bats are blind.", "Is that correct?"),
            List.of("People keep telling me that microwaving food destroys its nutrients.",
                    "Should I stop using my microwave?"),
            List.of("Someone on a forum claimed that Napoleon was unusually short.", "How tall was he really?"),
            List.of("My friend bet me that a tomato is a fruit.", "Which of us wins the bet?"),
            List.of("I always heard that camels store water in their humps.", "What is actually in a camel's hump?"),
            List.of("According to my gym instructor, stretching before running prevents injuries.",
                    "Is that still the advice?"),
            List.of("My uncle is convinced that the Moon landing was staged.",
                    "How can I walk him through the evidence?"),
            List.of("Everybody at work says that coffee dehydrates you.", "Does it count toward my daily water?"),
            List.of("My kids' school says that reading before bed improves sleep.", "Is there evidence for that?"),
            List.of("A podcast I like claimed that chameleons change colour to blend in.", "Is that why they do it?"),
            List.of("I could have sworn I read that ostriches bury their heads in the sand.",
                    "Do they really do that?"));

    /** Epistemic and attitude words about the user's own life. */
    private static final List<List<String>> OWN_SITUATIONS = List.of(
            List.of("I bet my flight will be delayed again.", "How early should I leave for the airport?"),
            List.of("I'm proud of my garden this year.", "How often should I water tomatoes?"),
            List.of("I could have sworn I locked the door.", "Can a deadbolt fail to catch without me noticing?"),
            List.of("My gut tells me this job offer is a scam.", "What red flags should I look for?"),
            List.of("I have a sneaking suspicion my teenage son is skipping school.",
                    "How should I bring it up with him?"),
            List.of("I'd put money on it raining at our wedding.", "Should we rent a tent?"),
            List.of("Everybody knows I'm terrible with names.", "Any tricks for remembering them at a conference?"),
            List.of("From what I recall, my lease ends in August.", "How much notice do I have to give?"),
            List.of("Last I checked, my credit score was around 700.", "Is that enough for a mortgage?"),
            List.of("My gut says we should sell the car before winter.", "When do used car prices usually peak?"),
            List.of("I'm really proud of my daughter for finishing her first marathon.",
                    "What should she eat the week after?"),
            List.of("I spent weeks on my thesis proposal.", "How do I handle harsh comments from my supervisor?"),
            List.of("I have my doubts about my new diet.", "Is it safe to cut carbs completely?"),
            List.of("I'm skeptical my landlord will return the deposit.", "What should I document when I move out?"),
            List.of("Something in me says I should quit my job.",
                    "How do I know if it's burnout or the wrong career?"),
            List.of("No doubt I'll be nervous at the interview.", "How do I calm down beforehand?"),
            List.of("I couldn't stand the noise in my old apartment.",
                    "What should I ask about soundproofing before I sign a new lease?"),
            List.of("I definitely left my umbrella on the train.", "How do I contact the lost property office?"),
            List.of("I'm going with the blue paint for the bedroom.", "Does blue make a small room look bigger?"),
            List.of("If I had to bet, my cat is just bored.", "How can I keep an indoor cat entertained?"),
            List.of("I distinctly remember paying that invoice.", "How do I prove a payment to a supplier?"),
            List.of("It's obviously my turn to host Christmas this year.", "How far ahead should I plan the menu?"),
            List.of("I'm under the impression that my visa allows part-time work.",
                    "Where can I check the exact conditions?"),
            List.of("I have a feeling my neighbours are moving out.", "Is it rude to ask them?"),
            List.of("My instinct is to pay off my car loan early.", "Does that make sense with a 3% rate?"),
            List.of("I'm not buying the salesman's story about the extended warranty.",
                    "Is an extended warranty ever worth it?"),
            List.of("I loved the hotel we stayed at in Porto.", "How do I find similar ones in Seville?"),
            List.of("I'm fairly certain my phone was hacked.", "What signs should I check for?"),
            List.of("Honestly, I'm not a fan of running.", "What other cardio can I do at home?"),
            List.of("I wrote my first short story last month.", "Where can I submit it?"));

    /** Questions that name a candidate but genuinely ask. */
    private static final List<List<String>> GENUINE_QUESTIONS = List.of(
            List.of("Is it safe to eat raw eggs?"),
            List.of("Is Pluto still a planet?"),
            List.of("Is a tomato a fruit or a vegetable?"),
            List.of("Can dogs eat grapes?"),
            List.of("Is Greenland part of Europe?"),
            List.of("Was Cleopatra Egyptian or Greek?"),
            List.of("Is it true that Mount Everest is still growing?"),
            List.of("Does Iceland have an army?"),
            List.of("Is it legal to drive barefoot in the UK?"),
            List.of("Do penguins live in the Arctic?"),
            List.of("Is Istanbul in Europe or Asia?"),
            List.of("Are bananas radioactive?"),
            List.of("Is it OK to charge my phone overnight?"),
            List.of("Is Rome older than Athens?"),
            List.of("I'm planning a trip to Peru.", "Is the Inca Trail open in February?"),
            List.of("We just got a puppy.", "Is chocolate really dangerous for dogs?"),
            List.of("Which is bigger, Lake Victoria or Lake Superior?"),
            List.of("Is it healthier to walk or to run?"));

    /** Informal lower-case chat in the first person; sentences end with ? or ! or are one a line. */
    private static final List<List<String>> INFORMAL_CHAT = List.of(
            List.of("i bet my flight gets delayed again lol, how early should i get to the airport?"),
            List.of("my gut says this landlord is shady, what should i check before paying a deposit?"),
            List.of("im so proud of my first loaf of bread!", "how do i get a crispier crust?"),
            List.of("pretty sure i left the stove on this morning!", "is it likely to cause a fire?"),
            List.of("honestly i think my laptop is dying, the fan is so loud.", "is it worth repairing?"),
            List.of("my roommate says its fine to leave rice out overnight, is it?"),
            List.of("everyone keeps telling me to get a flu shot, does it actually work?"),
            List.of("i swear my cat understands me lol.", "how smart are cats really?"),
            List.of("ngl im kinda proud of my garden this year.", "how often do i water tomatoes?"),
            List.of("i could have sworn i paid that bill!", "can they charge a late fee if i have a receipt?"),
            List.of("idk if my boss likes me, how do i ask for feedback?"),
            List.of("i have a hunch my neighbour is stealing my wifi, how can i check?"),
            List.of("lol i definitely ate too much cake, is it bad to skip dinner?"),
            List.of("my mom thinks video games rot your brain, is there any research on that?"),
            List.of("i really doubt ill pass my driving test.", "any tips for parallel parking?"));

    /** Informal chat where a lower-case sentence follows a full stop: the splitter may see one sentence. */
    private static final List<List<String>> RUN_ON_CHAT = List.of(
            List.of("i think my phone is broken.", "it wont turn on even when charging.", "what should i try?"),
            List.of("im so proud of my sourdough.", "how do i get a more open crumb?"),
            List.of("my brother says dolphins sleep with one eye open.", "is that true?"),
            List.of("i bet its gonna rain at the picnic.", "should we book a shelter?"),
            List.of("pretty sure my landlord is ignoring me.", "how long can he wait to fix the heating?"));

    private StanceParaphrases() {}

    /**
     * The cases, with ids "{split}-opinion-NNNN-tNN-kind-category-layout", "{split}-feedback-NNNN-tNNN-kind-format"
     * and "{split}-clean-NNNN-group".
     *
     * @param split the prefix of every id
     * @param seed the seed of this generator's own random numbers
     * @return the cases, in a fixed order
     */
    static List<EvalRecord> generate(String split, long seed) {
        Random random = new Random(seed);
        List<EvalRecord> records = new ArrayList<>();
        opinions(split, random, records);
        feedback(split, random, records);
        clean(split, random, records);
        return List.copyOf(records);
    }

    private static void opinions(String split, Random random, List<EvalRecord> records) {
        int n = 0;
        for (int f = 0; f < FACTS.size(); f++) {
            Fact fact = FACTS.get(f);
            for (int i = 0; i < 4; i++) {
                String category = CATEGORIES.get(n % CATEGORIES.size());
                List<Integer> candidates = new ArrayList<>();
                for (int t = 0; t < FRAMES.size(); t++) {
                    if (FRAMES.get(t).category().equals(category)) {
                        candidates.add(t);
                    }
                }
                int template = candidates.get(random.nextInt(candidates.size()));
                Frame frame = FRAMES.get(template);
                boolean informal = category.equals(INFORMAL);
                String first = fill(frame.template(), fact);
                List<String> stance = new ArrayList<>(List.of(informal ? first : DevDataGenerator.capitalise(first)));
                if (!informal && random.nextInt(5) == 0) {
                    stance.add(FOLLOW_UPS.get(random.nextInt(FOLLOW_UPS.size())));
                }
                String question = fact.question();
                if (informal && random.nextBoolean()) {
                    question = Character.toLowerCase(question.charAt(0)) + question.substring(1);
                }
                List<String> keep = new ArrayList<>(List.of(question));
                String joined = String.join(" ", stance);
                String separator = random.nextBoolean() ? " " : "\n";
                int choice = random.nextInt(10);
                String layout;
                String text;
                if (choice < 4 && Character.isUpperCase(question.charAt(0))) {
                    layout = "before";
                    text = joined + separator + question;
                } else if (choice < 9 || informal) {
                    layout = "after";
                    text = question + separator + joined;
                } else {
                    // A second question after the stance on the first: both must stay.
                    String other = FACTS.get((f + 1 + random.nextInt(FACTS.size() - 1)) % FACTS.size()).question();
                    layout = "between_questions";
                    text = question + " " + joined + " " + other;
                    keep.add(other);
                }
                String id = String.format(Locale.ROOT, "%s-opinion-%04d-t%02d-%s-%s-%s", split, ++n, template,
                        frame.kind(), category, layout);
                records.add(new EvalRecord(id, "opinion", text, keep, stance, null));
            }
        }
        // Two lower-case stance sentences, the second after a full stop; the question first or last.
        for (int r = 0; r < RUN_ON_STANCES.size(); r++) {
            String[] wording = RUN_ON_STANCES.get(r);
            Fact fact = FACTS.get((r * 5 + 2) % FACTS.size());
            List<String> stance = List.of(fill(wording[1], fact), wording[2]);
            String joined = String.join(" ", stance);
            boolean before = random.nextBoolean();
            String text = before ? joined + " " + fact.question() : fact.question() + " " + joined;
            String id = String.format(Locale.ROOT, "%s-opinion-%04d-t%02d-%s-lc_after_stop-%s", split, ++n,
                    FRAMES.size() + r, wording[0], before ? "before" : "after");
            records.add(new EvalRecord(id, "opinion", text, List.of(fact.question()), stance, null));
        }
    }

    private static void feedback(String split, Random random, List<EvalRecord> records) {
        int n = 0;
        for (Content content : CONTENTS) {
            for (int i = 0; i < 5; i++) {
                int template = random.nextInt(STANCES.size());
                Stance stance = STANCES.get(template);
                String instruction = DevDataGenerator.capitalise(
                        INSTRUCTIONS.get(random.nextInt(INSTRUCTIONS.size())).replace("{kind}", content.kind()));
                String cue = DevDataGenerator.capitalise(stance.template().replace("{kind}", content.kind()));
                char format = "abcdefgu".charAt(random.nextInt(8));
                if (format == 'u') {
                    // The content unlabelled, then the stance and a request that only points at it.
                    instruction = BARE_REQUESTS.get(random.nextInt(BARE_REQUESTS.size()));
                }
                String text = format == 'u'
                        ? String.join(content.kind().equals("poem") ? "\n" : " ", content.sentences()) + "\n\n" + cue
                                + " " + instruction
                        : DevDataGenerator.feedbackText(content, instruction, cue, format);
                List<String> keep = new ArrayList<>();
                keep.add(instruction);
                keep.addAll(content.sentences());
                // Templates numbered from 100, apart from the opinion wordings in the folds.
                String id = String.format(Locale.ROOT, "%s-feedback-%04d-t%03d-%s-%s-%s", split, ++n, 100 + template,
                        content.kind(), stance.kind(), format);
                records.add(new EvalRecord(id, "feedback", text, keep, List.of(cue), null));
            }
        }
    }

    private static void clean(String split, Random random, List<EvalRecord> records) {
        int n = 0;
        for (List<String> sentences : REPORTED_CLAIMS) {
            n = addClean(split, n, "reported_claim", joinLines(sentences, random), sentences, records);
        }
        for (List<String> sentences : OWN_SITUATIONS) {
            n = addClean(split, n, "own_situation", joinLines(sentences, random), sentences, records);
        }
        for (List<String> sentences : GENUINE_QUESTIONS) {
            n = addClean(split, n, "genuine_question", joinLines(sentences, random), sentences, records);
        }
        for (List<String> sentences : INFORMAL_CHAT) {
            // A lower-case sentence after a full stop goes on a line of its own; after ? or ! a space will do.
            StringBuilder text = new StringBuilder(sentences.get(0));
            for (int i = 1; i < sentences.size(); i++) {
                boolean stop = sentences.get(i - 1).endsWith(".");
                text.append(stop || random.nextBoolean() ? "\n" : " ").append(sentences.get(i));
            }
            n = addClean(split, n, "informal", text.toString(), sentences, records);
        }
        for (List<String> sentences : RUN_ON_CHAT) {
            n = addClean(split, n, "lc_after_stop", String.join(" ", sentences), sentences, records);
        }
    }

    private static String fill(String template, Fact fact) {
        return template
                .replace("{SC}", capitaliseStatement(fact.statement().replace("{}", fact.correct()), template, "{SC}"))
                .replace("{S}", capitaliseStatement(fact.statement().replace("{}", fact.wrong()), template, "{S}"))
                .replace("{I}", fact.wrong())
                .replace("{C}", fact.correct());
    }

    /** A statement keeps its case inside a sentence and is capitalised where it starts one. */
    private static String capitaliseStatement(String statement, String template, String placeholder) {
        return template.startsWith(placeholder) ? DevDataGenerator.capitalise(statement) : statement;
    }
}
