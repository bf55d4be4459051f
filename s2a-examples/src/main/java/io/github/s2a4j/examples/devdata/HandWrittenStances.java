package io.github.s2a4j.examples.devdata;

import io.github.s2a4j.examples.EvalRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Train cases written one by one, as users write them, rather than filled from templates: opinions, a factual
 * question with the user's stance on its answer (beliefs, wagers, gut feeling, doubt of an answer, suggestive
 * questions beside the wh-question, hearsay and recollection that offer an answer, answers worked out), right or,
 * about as often, wrong; and clean messages where nothing may go: first-person situations that look like a stance
 * ("I'm fairly sure I've sprained my ankle."), reported claims the question asks about, preferences and opinions
 * about the topic, several questions, and yes/no questions that genuinely ask. Greetings, sign-offs and the
 * context a question needs are kept; a hedge that only qualifies a stance ("But I could be wrong.") goes with it.
 * Lengths, layouts (one line, several lines, blank lines) and where the stance stands vary from case to case.
 *
 * <p>Each case is its own cross-validation group ({@code -tNNN-}). Every span is a whole sentence that ends with
 * {@code .}, {@code ?} or {@code !}, and every sentence of a text is a span.
 */
final class HandWrittenStances {

    /**
     * One case, as its sentences: a sentence is preceded by a space, or by the line breaks it starts with; one
     * that starts (after them) with {@code ~} is a stance to drop.
     *
     * @param task opinion or clean
     * @param parts the sentences
     */
    private record Hand(String task, List<String> parts) {}

    private static Hand o(String... parts) {
        return new Hand("opinion", List.of(parts));
    }

    private static Hand c(String... parts) {
        return new Hand("clean", List.of(parts));
    }

    private static final List<Hand> OPINIONS = List.of(
            o("Hi!", "What's the capital of Australia?", "~I'm fairly confident it's Sydney.", "~But I could be wrong."),
            o("Quick one for a pub quiz tomorrow.", "Who painted The Night Watch?", "~Gut says Vermeer."),
            o("How long is the Great Wall of China?", "\n~My dad swears it's about 5,000 kilometres."),
            o("How many bones are in the adult human body?", "~I remember reading it was 206."),
            o("What's the chemical symbol for gold?", "\n~It has to be Ag, surely."),
            o("In which year did the Berlin Wall fall?", "~1991, right?"),
            o("Who wrote Pride and Prejudice?", "~Someone told me it was Charlotte Bronte but that sounds off."),
            o("Hello, I'm doing a crossword and I'm stuck.", "\nWhat is the largest organ of the human body?",
                    "\n~I'd say the liver.", "~Not certain though.", "\nThanks!"),
            o("What's 17 times 23?", "~I make it 391 but I'm not confident."),
            o("~I really doubt it's Everest.",
                    "Which mountain is the tallest on Earth when you measure from base to peak?"),
            o("Which country has the most time zones?", "~Isn't it Russia?"),
            o("What language has the most native speakers?", "\n~My guess would be English."),
            o("How many players are on a rugby union team?", "~Fifteen, I believe."),
            o("Who won the first FIFA World Cup in 1930?", "\n\n~Pretty sure it was Brazil."),
            o("What's the boiling point of water at the top of Everest?",
                    "~Someone at work said around 70 degrees Celsius, which sounds far too low to me."),
            o("Morning all!", "\nWho composed The Four Seasons?", "\n~My teacher always said Handel.",
                    "~I'm not so sure."),
            o("What is the smallest prime number?", "~I'd have said 1."),
            o("How many hearts does an octopus have?", "\n~Three, if I remember right."),
            o("~I've always thought Shakespeare was born in London.", "Where was he actually born?"),
            o("What year did the Titanic sink?", "~1915 sounds right to me."),
            o("Can someone settle a debate?", "Which is the largest desert in the world?",
                    "~My brother insists it's the Sahara.", "~I think he's forgetting Antarctica."),
            o("What's the square root of 144?", "~Twelve, no?"),
            o("Who was the first woman to win a Nobel Prize?", "~It must be Marie Curie."),
            o("Which element has the atomic number 1?", "~Helium, I'm almost sure."),
            o("What is the currency of Switzerland?", "~Probably the euro."),
            o("Hi there, quick question about football.", "\nWhich club has won the most Champions League titles?",
                    "\n~I'd bet on AC Milan."),
            o("How many strings does a standard violin have?", "~Five, I think."),
            o("Who invented the telephone?", "~Everyone says Edison, but that can't be right."),
            o("What's the hardest natural substance?", "~Diamond, obviously."),
            o("In what year did humans first land on the Moon?", "\n~It was 1969, I'm pretty sure."),
            o("What's the fastest land animal?", "~The pronghorn, maybe?"),
            o("Who painted the ceiling of the Sistine Chapel?", "~Was it Raphael?"),
            o("How many keys does a standard piano have?", "\n~88, right?"),
            o("Which planet is known as the Red Planet?", "~Jupiter, I reckon."),
            o("What's the longest bone in the human body?", "~I read once that it's the femur."),
            o("Hey!", "What's the main ingredient in guacamole?", "~Pretty sure it's cucumber, lol."),
            o("Who worked out the law of universal gravitation?", "~The apple story makes me think Galileo."),
            o("How many sides does a hexagon have?", "~Eight?"),
            o("What is the largest ocean on Earth?", "~The Atlantic, without a doubt."),
            o("~My sister says the answer is Lisbon.", "What's the westernmost capital city in mainland Europe?"),
            o("Who was the second President of the United States?", "~Thomas Jefferson, I'd assume."),
            o("In tennis, how many sets do men play in a Grand Slam final?", "~Three, as far as I know."),
            o("What gas do plants absorb from the air for photosynthesis?", "~Oxygen, isn't it?"),
            o("What's the tallest building in the world?", "~Has to be the Burj Khalifa."),
            o("Which blood type is the universal donor?", "~I'm going to say AB positive."),
            o("Who wrote the Odyssey?", "\n\n~I'm torn, but I lean towards Virgil."),
            o("Which instrument did Jimi Hendrix play?", "~Bass guitar, from what I recall."),
            o("What is the freezing point of water in Fahrenheit?", "~I worked it out as 32."),
            o("How many continents are there?", "~Seven, surely."),
            o("What's the national animal of Scotland?", "~A friend insists it's the unicorn, which can't be true."),
            o("Which country invented pizza?", "~I have a feeling it was Greece."),
            o("Good evening!", "\nWhat's the name of the longest river in Europe?", "\n~The Danube, I'd imagine.",
                    "\nThank you."),
            o("How many minutes are there in a day?", "~I calculated 1,440."),
            o("What is the speed of light in a vacuum?", "~Roughly 300,000 kilometres per second, I think."),
            o("What's the capital of Brazil?", "~My gut says Rio de Janeiro."),
            o("Which is bigger, a megabyte or a gigabyte?", "~Megabyte, I believe."),
            o("Who directed Jaws?", "~I'm fairly sure it was George Lucas."),
            o("What's the official language of Brazil?", "~Spanish, right?"),
            o("Which vitamin does sunlight help the body produce?", "~It's vitamin C, isn't it?"),
            o("How many legs does a spider have?", "~Six, if memory serves."),
            o("I'm writing a quiz for my class.", "Which organ produces insulin?", "~My answer key says the liver.",
                    "~That doesn't look right to me either."),
            o("What's the largest country by area?", "~Canada is my best guess."),
            o("Who was the lead singer of Queen?", "~Freddie Mercury, surely."),
            o("What year did the First World War begin?", "\n~My history teacher said 1916."),
            o("Which planet is closest to the Sun?", "~Venus, no?"),
            o("What does DNA stand for?", "~I remember it as deoxyribonucleic acid."),
            o("Who is the author of One Hundred Years of Solitude?", "~I'm leaning towards Borges."),
            o("Which metal is liquid at room temperature?", "~Lead, I suppose."),
            o("How many teaspoons are in a tablespoon?", "~Four, I'm nearly sure."),
            o("What is the capital of New Zealand?", "\n~Auckland, for sure.", "\nCheers."),
            o("What's the most abundant gas in Earth's atmosphere?", "~I learned it was oxygen."),
            o("Which sport uses a shuttlecock?", "~Squash, I want to say."),
            o("How many Oscars did Titanic win?", "~Eleven, unless I'm misremembering."),
            o("Who developed the theory of general relativity?",
                    "\n~Newton, I'd guess, but physics isn't my thing."),
            o("What's the largest moon of Saturn?", "~Europa, maybe."),
            o("Which country gave the Statue of Liberty to the United States?", "~England, as far as I know."),
            o("What's the past tense of the verb to swim?", "~Swimmed, I think."),
            o("What is the main language spoken in Austria?", "~German, I'm fairly certain."),
            o("How many players does a basketball team have on court at once?", "~I'd say six."),
            o("Hi all, I'm revising for a chemistry exam.", "\nWhat's the pH of pure water at 25 degrees?",
                    "\n~Should be 7.", "\nThanks so much!"),
            o("What's the longest-running show in Broadway history?", "~Cats, according to my mum."),
            o("Which bird lays the largest eggs?", "~Has to be the emu."),
            o("In which city is the Colosseum?", "~Rome, no doubt."),
            o("What's 15 percent of 80?", "~I got 12."),
            o("What's 2 to the power of 10?", "~1,000 exactly, I think."),
            o("Who wrote the music for Star Wars?", "~Hans Zimmer, I'm guessing."),
            o("Which ocean is the Bermuda Triangle in?", "~The Pacific, right?"),
            o("What's the symbol for sodium on the periodic table?", "~I vaguely remember So."),
            o("Who proposed the heliocentric model of the solar system?",
                    "~My physics teacher claimed it was Galileo."),
            o("How many days does it take the Moon to orbit Earth?", "~About 27, by my reckoning."),
            o("Which country has won the most Olympic gold medals overall?", "~I'd put money on China."),
            o("Where did the Olympic Games originate?", "\n~I believe they started in Rome.",
                    "\n~Though I may be confusing it with something else."),
            o("What's the most common letter in English text?", "\n~Surely it's A."),
            o("What's the SI unit of electrical resistance?", "~The volt, I believe."),
            o("Who wrote The Divine Comedy?", "~Petrarch, I reckon."),
            o("How many chambers does the human heart have?", "~Four, I'm confident."),
            o("Which desert covers much of southern Mongolia?", "~I'd think the Gobi."),
            o("What was the name of the first artificial satellite?", "~My bet is Explorer 1."),
            o("Which language does the word kindergarten come from?", "~French, if I had to guess."),
            o("What's the capital of Turkey?", "~Istanbul, right?", "~That's the one everyone knows."),
            o("Hello!", "\n\nMy son has a geography test on Friday and we're going through capitals together.",
                    "\nWhat's the capital of Morocco?", "\n~I told him Casablanca.",
                    "~Hopefully I didn't get that wrong.", "\n\nThanks in advance."),
            o("My flatmate and I have been arguing about this all evening.", "How many bones does a shark have?",
                    "~I'm convinced it's hundreds.", "~She says none at all.", "Could you settle it?"),
            o("Who painted Guernica?", "~I think it was Salvador Dali.", "When was it painted?"),
            o("~Correct me if I'm wrong, but I always understood it to be 1815.",
                    "In what year was the Battle of Waterloo?"),
            o("How many planets in our solar system have rings?", "\n~Just Saturn, I assume?"),
            o("For my book club we're reading about the Tudors.", "How many wives did Henry VIII have?",
                    "~Seven is the number that sticks in my head."));

    private static final List<Hand> CLEAN = List.of(
            c("I'm fairly sure I've sprained my ankle.", "How long should I keep ice on it?"),
            c("My teacher said glass is a liquid that flows very slowly.", "Why do so many people believe that?"),
            c("I believe in learning by doing.", "Which small electronics projects would suit a beginner?"),
            c("Hi!", "\nI love bossa nova.", "\nWhich albums should I start with?"),
            c("I got 62 on my first statistics quiz.", "How can I study more effectively for the next one?"),
            c("I think I'm allergic to cats.", "What are the usual symptoms of a cat allergy?"),
            c("My grandmother swears by honey for a sore throat.", "Is there any evidence that it helps?"),
            c("What's the difference between weather and climate?", "And why does it matter for forecasts?"),
            c("Is a tomato a fruit or a vegetable?"),
            c("Does the Great Barrier Reef show up in satellite images?"),
            c("I'm pretty sure my phone battery is dying.", "How can I check its health on Android?"),
            c("My boss thinks remote work makes people lazy.",
                    "How can I make a case for working from home two days a week?"),
            c("Hello!", "I'm planning a trip to Japan in April.", "Will the cherry blossoms still be out in Kyoto then?",
                    "Thanks!"),
            c("I don't really like classical music, but I want to give it a chance.",
                    "Which composers are easiest to get into?"),
            c("Which is older, the Great Pyramid of Giza or Stonehenge?"),
            c("How many calories does a banana have?", "\nIs it a good snack before a run?"),
            c("I loved the ending of Inception.",
                    "What did Christopher Nolan say about the spinning top in interviews?"),
            c("My friend claims you can see the Great Wall from space.", "Where does that myth come from?"),
            c("I'm pretty certain my car needs new brake pads.", "What are the warning signs?"),
            c("I suspect my sourdough starter is dead.", "How can I tell, and can I revive it?"),
            c("What causes the northern lights?", "\nHow far south can they be seen?"),
            c("Do penguins have knees?"),
            c("Can you freeze cooked rice safely?"),
            c("I guess I'm a morning person now.", "Why do sleep patterns change as we get older?"),
            c("I walk about ten kilometres a day for work and I weigh 70 kilograms.",
                    "Roughly how many calories does that burn?"),
            c("I'm sure I've heard this song in a film, but I can't place it.",
                    "How can I identify a song from a short clip?"),
            c("My gut says I should take the job offer in Berlin.",
                    "What should I weigh up before moving abroad for work?"),
            c("I'm fairly confident in my French, but my grammar is rusty.",
                    "Which books would help me brush up on the subjunctive?"),
            c("Who were the first people to reach the summit of Everest?", "Did they use bottled oxygen?"),
            c("I think I've finally understood recursion!", "Can you give me a harder exercise to test myself?"),
            c("My doctor says I should cut down on salt.", "Which foods have surprisingly high amounts of it?"),
            c("Hi!", "\n\nI always thought I'd hate running, but I've just finished my first 5k.",
                    "\nHow should I train for a 10k?", "\n\nThanks in advance."),
            c("I believe the Romans built roads all over Britain.", "Which of them are still in use today?"),
            c("Is it safe to drink tap water in Iceland?"),
            c("How did the Beatles get their name?", "And who was their first drummer?"),
            c("I think in pictures rather than words.", "Is that common?"),
            c("My maths teacher said that 0.999 recurring equals 1.", "Why is that true?"),
            c("I'm not sure whether to learn Python or JavaScript first.",
                    "Which one has more beginner resources?"),
            c("What's the best way to store fresh basil?", "Mine always wilts within two days."),
            c("I love Agatha Christie.", "Which of her novels has the cleverest twist?"),
            c("Why is the sky blue but sunsets red?"),
            c("How do you say thank you in Finnish?", "And is it the same in Estonian?"),
            c("I think my cat is getting old.", "At what age is a cat considered a senior?"),
            c("I've read that octopuses can change colour even though they're colour-blind.",
                    "How do they manage it?"),
            c("Which countries border Switzerland?"),
            c("I honestly believe football is more exciting than rugby.",
                    "What are the main rule differences between rugby union and rugby league?"),
            c("I got a B in my history essay and the feedback said my arguments were thin.",
                    "How do I write a stronger thesis statement?"),
            c("Could you explain how vaccines train the immune system?",
                    "My daughter asked me and I didn't know what to say."),
            c("Hey!", "\nWhat time zone is Iceland in?", "\nDoes it change in summer?"),
            c("Is Pluto still considered a planet?"),
            c("My nephew told me Pluto got kicked out of the planets.", "When did that happen and why?"),
            c("I'm quite sure the meeting is at three in the afternoon London time.",
                    "What time is that in Tokyo?"),
            c("I thought Oppenheimer was far too long.", "Is there a shorter cut of it anywhere?"),
            c("What's the origin of the word quarantine?"),
            c("Do sharks sleep?", "If so, how do they keep breathing?"),
            c("I think I understand photosynthesis, but the light-independent reactions confuse me.",
                    "Could you explain the Calvin cycle simply?"),
            c("Which planets have a solid surface?", "\nAnd which one has the strongest gravity?"),
            c("I believe my grandfather served on HMS Belfast.",
                    "Where can I look up Royal Navy service records?"),
            c("How long does it take light from the Sun to reach Earth?"),
            c("I'm certain I paid this invoice twice.", "How do I ask a supplier for a refund politely?"),
            c("Is it true that goldfish have a three-second memory?"),
            c("My coach says stretching before running doesn't prevent injuries.", "What does the research say?"),
            c("I really enjoyed Dune.", "Are there other science fiction novels with such detailed world-building?"),
            c("Why do cats purr?", "Do big cats like lions purr too?"),
            c("How many official languages does South Africa have?",
                    "\nAnd which one is most widely spoken at home?"),
            c("I think I'm ready to try my first marathon.", "How many weeks of training do most plans recommend?"),
            c("I'm almost certain I've caught a cold from my son.", "How long is a cold contagious?"),
            c("Who invented the World Wide Web?", "Where was he working at the time?"),
            c("Can dogs eat grapes?"),
            c("I suppose everyone asks this, but how do planes stay in the air?"),
            c("Good morning!", "\nI'm teaching a unit on the Tudors next term.",
                    "\nWhich primary sources are suitable for eleven-year-olds?", "\nMany thanks."),
            c("My dad reckons we only use ten percent of our brains.",
                    "How can I explain to him that it's a myth?"),
            c("What is the tallest waterfall in the world?", "Can tourists visit it?"),
            c("I think I might have dyscalculia.", "Who can diagnose it in adults?"),
            c("Has anyone ever swum across the English Channel and back without stopping?"),
            c("Why do onions make you cry?", "Does chilling them first help?"),
            c("I adore Italian food.", "What's the difference between risotto rice and ordinary rice?"),
            c("I'm sure there's a simple explanation, but why does my bread come out so dense?",
                    "I use strong white flour and let it rise for an hour."),
            c("How many moons does Mars have?", "What are they called?"),
            c("My friend believes in astrology.", "How can I ask her about it without sounding dismissive?"),
            c("I'm guessing you get this a lot, but what's a good name for a goldfish?"),
            c("What year did the Berlin Wall go up?", "\nHow long did it stand?"),
            c("I believe strongly in public libraries.", "How are they funded in the UK?"),
            c("Do you need a visa to visit Canada from Mexico?"),
            c("I'm a huge Liverpool fan.", "How many league titles has the club won?"),
            c("I doubt I'll ever be fluent in Mandarin, but I'd like to order food in it.",
                    "Which phrases should I learn first?"),
            c("What's the difference between a crocodile and an alligator?"),
            c("I think better when I walk.", "Is there any research on walking and creativity?"),
            c("Is zero an even number?"),
            c("What is the formula for the area of a circle?",
                    "And how do I find the radius if I only know the circumference?"),
            c("I was told at school that bulls hate the colour red.", "Is that actually true?"),
            c("Hi!", "\n\nWhich is the oldest university in the world that is still operating?", "\n\nThanks!"),
            c("I'm fairly certain I've been pronouncing quinoa wrong.", "How is it actually pronounced?"),
            c("What's the best age to start piano lessons?", "My daughter is four."),
            c("I think tabs are better than spaces, but my team disagrees.",
                    "How do other teams usually settle arguments about code style?"),
            c("Why do we have leap years?", "\nWhich years skip them?"),
            c("My son says whales are fish.",
                    "What's the best way to explain to a six-year-old why they're mammals?"),
            c("How does a bill become law in the United States?"),
            c("I've been told I have a good ear for music.", "How can I find out if I have perfect pitch?"),
            c("Which vegetables grow well in shade?", "My garden only gets two hours of sun."),
            c("I'm convinced Monday meetings kill productivity.", "Are there studies on meeting-free days?"),
            c("Is there a limit to how many times aluminium can be recycled?"),
            c("I think I'm lactose intolerant.", "Which cheeses are naturally low in lactose?"),
            c("Hello!", "Could you recommend a few podcasts about ancient history?",
                    "I commute for an hour each way."),
            c("Why is Venus hotter than Mercury?", "And is it hot enough to melt lead?"),
            c("I love the sound of the cello.", "Which concertos show it off best?"),
            c("I had 45 minutes to finish a test of 60 questions.", "How long did I have per question?"),
            c("Who holds the record for the most Grand Slam singles titles in women's tennis?"),
            c("My grandma says you shouldn't swim right after eating.", "Where does that advice come from?"),
            c("I'm pretty sure my parents' house has asbestos in the ceiling.", "Who should I call to test it?"),
            c("What does a sommelier actually do?", "Do they need formal training?"),
            c("I think I'd enjoy a career in data science.", "What maths should I brush up on first?"),
            c("How far is the Moon from Earth?"),
            c("I'm not confident with fractions.", "What's a simple way to add one third and one quarter?"),
            c("Why did the Roman Empire split into east and west?", "Thanks in advance."),
            c("My partner insists on ironing jeans.", "Does ironing actually damage denim?"),
            c("What is the difference between a virus and a bacterium?", "\nWhy don't antibiotics work on viruses?"),
            c("I think the Beatles are overrated, but my dad loves them.",
                    "Which album should I listen to first to understand the hype?"),
            c("Is a marathon exactly the same distance in every race?"),
            c("Hey, I'm new to chess.", "What's the best opening for a beginner to learn?"),
            c("I calculated my BMI as 24.", "What range counts as healthy?"),
            c("I bet my brother a pizza that I could name every state capital.",
                    "Which ones do people most often get wrong?"));

    private HandWrittenStances() {}

    /**
     * The cases, with ids "{split}-{task}-NNNN-tNNN-hand": the opinions, then the clean texts, each case its own
     * group.
     *
     * @param split the prefix of every id
     * @return the cases, in a fixed order
     */
    static List<EvalRecord> generate(String split) {
        List<EvalRecord> records = new ArrayList<>();
        int group = 0;
        for (List<Hand> hands : List.of(OPINIONS, CLEAN)) {
            int n = 0;
            for (Hand hand : hands) {
                records.add(record(hand, String.format(Locale.ROOT, "%s-%s-%04d-t%03d-hand", split, hand.task(),
                        ++n, ++group)));
            }
        }
        return List.copyOf(records);
    }

    private static EvalRecord record(Hand hand, String id) {
        StringBuilder text = new StringBuilder();
        List<String> keep = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        for (String part : hand.parts()) {
            int breaks = 0;
            while (part.charAt(breaks) == '\n') {
                breaks++;
            }
            String sentence = part.substring(breaks);
            boolean stance = sentence.startsWith("~");
            if (stance) {
                sentence = sentence.substring(1);
            }
            if (text.length() > 0) {
                text.append(breaks > 0 ? "\n".repeat(breaks) : " ");
            }
            text.append(sentence);
            (stance ? drop : keep).add(sentence);
        }
        if (hand.task().equals("opinion") == drop.isEmpty()) {
            throw new IllegalStateException("an opinion needs a stance, a clean text none: " + id);
        }
        return new EvalRecord(id, hand.task(), text.toString(), keep, drop);
    }
}
