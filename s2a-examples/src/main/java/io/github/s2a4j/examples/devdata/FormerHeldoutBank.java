package io.github.s2a4j.examples.devdata;

import io.github.s2a4j.examples.devdata.Bank.Content;
import io.github.s2a4j.examples.devdata.Bank.Opinion;
import io.github.s2a4j.examples.devdata.Bank.Problem;
import io.github.s2a4j.examples.devdata.Bank.Situation;
import io.github.s2a4j.examples.devdata.Bank.Stance;
import io.github.s2a4j.examples.devdata.Bank.Trivia;
import java.util.List;

/**
 * The material of the first held-out split, train material since: the first review found the words of its
 * wordings in the stance lexicons, so it no longer measured anything held out. {@link DevDataCommand} writes it
 * into {@code train.jsonl} in the train layouts; {@link HeldoutBank} is the held-out material now.
 */
final class FormerHeldoutBank {

    private FormerHeldoutBank() {}

    static Bank bank() {
        return new Bank(
                List.of("Priya", "Ingrid", "Yuki", "Beatriz", "Amara", "Helga", "Camille", "Leila", "Tamara",
                        "Greta", "Naomi", "Esther", "Keiko", "Paula"),
                List.of("Mateo", "Kwame", "Viktor", "Hiroshi", "Felix", "Arjun", "Tobias", "Nikolai", "Emeka",
                        "Rafael", "Oskar", "Dmitri", "Idris", "Bruno"),
                List.of("aunt", "grandfather", "classmate", "coworker", "roommate", "niece", "nephew", "teammate"),
                problems(),
                List.of(
                        "{R} has visited {d} countries.",
                        "{R}'s bicycle weighs {d} kilograms.",
                        "{R} can type {d} words per minute.",
                        "The height of {R} is {d} inches.",
                        "{R} has {d} followers online.",
                        "{R} drinks {d} cups of tea a day.",
                        "{R}'s dog is {d} months old.",
                        "{R} keeps {d} fish in an aquarium.",
                        "{R} learned {d} songs on the guitar.",
                        "The street where {R} lives has {d} lampposts.",
                        "{R} planted {d} tulips in the spring.",
                        "{R} was born {d} years before the museum opened."),
                trivia(),
                List.of(
                        new Opinion("suggest_wrong", "My hunch is {I}, though I'm far from certain."),
                        new Opinion("suggest_wrong", "In my opinion the right answer is {I}."),
                        new Opinion("suggest_wrong", "I have a feeling it might be {I}."),
                        new Opinion("doubt_correct", "I'm quite sure it isn't {C}."),
                        new Opinion("suggest_wrong", "It's probably {I}, if my memory is right."),
                        new Opinion("suggest_wrong", "A friend of mine insists it's {I}."),
                        new Opinion("suggest_wrong", "I would go with {I}, but I'm unsure."),
                        new Opinion("suggest_correct", "I'm pretty certain it's {C}, but please check."),
                        new Opinion("suggest_wrong", "From what I remember, the answer should be {I}."),
                        new Opinion("suggest_wrong", "I suspect the answer is {I}."),
                        new Opinion("doubt_correct", "I'm not convinced that it's {C}."),
                        new Opinion("suggest_wrong", "I read somewhere that it was {I}.|Not 100% sure though."),
                        new Opinion("suggest_wrong", "Could it be {I}?|I seem to recall that."),
                        new Opinion("suggest_wrong", "My instinct says {I}."),
                        new Opinion("suggest_wrong", "I can't shake the feeling that the answer is {I}."),
                        new Opinion("doubt_correct", "Everyone says {C}, but I have my doubts."),
                        new Opinion("suggest_correct", "I'd bet on {C}.")),
                contents(),
                List.of(
                        "Share a short critique of the {kind} below.",
                        "How would you assess the following {kind}?",
                        "Give me your honest take on this {kind}.",
                        "Evaluate the {kind} that follows in a few sentences."),
                List.of(
                        new Stance("like", "I'm a big admirer of this {kind}."),
                        new Stance("like", "Personally, I find this {kind} wonderful."),
                        new Stance("like", "This {kind} really speaks to me."),
                        new Stance("like", "I adore the {kind}."),
                        new Stance("dislike", "To be honest, the {kind} leaves me cold."),
                        new Stance("dislike", "I can't stand this {kind}."),
                        new Stance("dislike", "In my opinion, the {kind} is quite poor."),
                        new Stance("dislike", "I found the {kind} pretty disappointing."),
                        new Stance("wrote", "The {kind} is something I wrote last week."),
                        new Stance("wrote", "I'm the author of this {kind}."),
                        new Stance("wrote", "I drafted this {kind}."),
                        new Stance("not_wrote", "I'm not the author of this {kind}."),
                        new Stance("not_wrote", "A classmate wrote this {kind}, not me."),
                        new Stance("not_wrote", "This {kind} was written by someone else.")),
                List.of(
                        new Situation(List.of("I baked 4 trays of muffins with 9 muffins on each tray.",
                                        "My kids ate 7 of them."), "How many muffins are left?"),
                        new Situation(List.of("I'm moving to Lisbon next month for work."), "Which neighbourhoods are good for families?"),
                        new Situation(List.of("I think my tomato plants have a fungus.", "The lower leaves have brown spots with yellow rings."),
                                "What should I do?"),
                        new Situation(List.of("I cycle 12 kilometers to work and back each day, five days a week."),
                                "How far do I cycle in a week?"),
                        new Situation(List.of("My neighbour claims that microwaving food destroys all its nutrients."),
                                "Is there any truth to that?"),
                        new Situation(List.of("I feel that my code review comments are often ignored.", "I work on a team of six developers."),
                                "How can I make my reviews more effective?"),
                        new Situation(List.of("I paid $45 for 3 concert tickets."), "How much did each ticket cost?"),
                        new Situation(List.of("I'm learning Spanish on my own.", "I know about 500 words so far."),
                                "How can I start having real conversations?"),
                        new Situation(List.of("I have a 2,000 square foot lawn.", "One bag of seed covers 500 square feet."),
                                "How many bags do I need?"),
                        new Situation(List.of("I believe my phone's battery is failing.", "It drops from 40% to zero within minutes."),
                                "Should I replace the battery or the phone?"),
                        new Situation(List.of("I'm not a morning person, and my classes start at 8."), "How can I wake up more easily?"),
                        new Situation(List.of("I bought a used bike for $150 and spent $40 on new tires."),
                                "How much did the bike cost me in total?"),
                        new Situation(List.of("I think I sprained my ankle while running yesterday."), "Should I see a doctor?"),
                        new Situation(List.of("I have never cooked a turkey before."), "How long should a 6 kg turkey roast?"),
                        new Situation(List.of("I love my garden, but slugs keep eating the lettuce."),
                                "How can I keep them away without poison?"),
                        new Situation(List.of("My son says he is bored at school."), "How can I help him?"),
                        new Situation(List.of("I'm fairly sure my flight was cancelled, but the airline has not emailed me."),
                                "What should I do?"),
                        new Situation(List.of("Mount Kilimanjaro and Mount Kenya are both in East Africa."),
                                "Which of the two is taller?"),
                        new Situation(List.of("My grandmother turns 90 next week.", "She loves jazz and gardening."),
                                "What would be a thoughtful gift?"),
                        new Situation(List.of("I saved $25 a week for 12 weeks."), "How much have I saved?")),
                List.of(),
                List.of(),
                List.of());
    }

    private static List<Problem> problems() {
        return List.of(
                new Problem(List.of("{A} had a jar of {n1:40-90} marbles.",
                                "{A.He} lost {n2:5-15} marbles at recess, and {B} gave {A.him} {n3:8-20} new ones."),
                        "How many marbles are in {A}'s jar now?",
                        List.of("{R} keeps {d} marbles in a tin box.", "{R} won {d} marbles in a game last summer.")),
                new Problem(List.of("A train travels at {n1:60-120} kilometers per hour.",
                                "{A} rides it for {n2:2-5} hours to visit {B}."),
                        "How far does {A} travel?",
                        List.of("{R} took a bus that drove {d} kilometers.", "The station where {R} works has {d} platforms.")),
                new Problem(List.of("{A} is painting a fence with {n1:40-80} boards.",
                                "{A.He} painted {n2:10-20} boards yesterday and {n3:8-15} boards this morning."),
                        "How many boards are still unpainted?",
                        List.of("{R} painted {d} chairs for the porch.", "A can of paint costs ${d} at the shop owned by {R}.")),
                new Problem(List.of("{A} caught {n1:3-9} fish on Friday.",
                                "On Saturday {A.he} caught twice as many fish as on Friday."),
                        "How many fish did {A} catch on the two days?",
                        List.of("{R} caught {d} crabs at the pier.", "The boat of {R} can carry {d} people.")),
                new Problem(List.of("Concert tickets cost ${n1:20-45} each.",
                                "{A} buys {n2:2-6} tickets and pays a ${n3:5-12} booking fee."),
                        "How much does {A} pay in all?",
                        List.of("{R} paid ${d} for a museum ticket.", "The concert hall where {R} works seats {d} people.")),
                new Problem(List.of("{A} runs a school library that had {n1:300-600} books.",
                                "It received {n2:40-90} new books in September, and {A} removed {n3:15-35} old books."),
                        "How many books does the library have now?",
                        List.of("{R} borrowed {d} books from the city library.", "The bookshelf of {R} holds {d} books.")),
                new Problem(List.of("{A} makes candles to sell.",
                                "Each candle needs {n1:3-6} ounces of wax, and {A.he} has {n2:60-120} ounces of wax."),
                        "How many candles can {A} make?",
                        List.of("{R} sells soap bars for ${d} each.", "{R} bought {d} ounces of perfume oil.")),
                new Problem(List.of("The hens on {A}'s farm lay {n1:12-30} eggs a day."),
                        "How many eggs do the hens lay in {n2:3-7} days?",
                        List.of("The ducks of {R} lay {d} eggs a week.", "{R} has {d} goats on a farm.")),
                new Problem(List.of("{A} drives a bus that left the depot with {n1:15-30} passengers.",
                                "At the first stop {n2:4-9} people got off and {n3:6-12} people got on."),
                        "How many passengers were on the bus after the first stop?",
                        List.of("{R} drives a taxi that carries {d} passengers a day.", "{R} waited {d} minutes for the tram.")),
                new Problem(List.of("{A} scored {n1:200-500} points in the first level of a game.",
                                "In the second level {A.he} scored {n2:100-300} points more than in the first level."),
                        "What was {A}'s total score for both levels?",
                        List.of("{R} has played the game for {d} hours.", "The high score of {R} in another game is {d}.")),
                new Problem(List.of("{A} knits scarves for a winter market.",
                                "Each scarf takes {n1:2-4} balls of yarn, and {A.he} knitted {n2:6-14} scarves."),
                        "How many balls of yarn did {A} use?",
                        List.of("{R} knitted {d} hats last winter.", "{R} bought {d} balls of wool for a sweater.")),
                new Problem(List.of("A bakery makes {n1:80-150} loaves of bread every morning.",
                                "By noon it has sold {n2:40-70} loaves, and in the afternoon {A} buys {n3:5-12} loaves for a party."),
                        "How many loaves are left at the bakery?",
                        List.of("{R} makes {d} bagels on weekends.", "{R} eats {d} slices of toast each morning.")),
                new Problem(List.of("{A} waters {n1:6-12} plants every day.", "Each plant needs {n2:2-4} liters of water."),
                        "How many liters of water does {A} use in a week?",
                        List.of("The lawn of {R} needs {d} liters of water a day.", "{R} bought a watering can that holds {d} liters.")),
                new Problem(List.of("A hotel has {n1:5-9} floors with {n2:10-20} rooms on each floor.",
                                "On Friday, {A} counted {n3:20-45} empty rooms."),
                        "How many rooms were occupied?",
                        List.of("{R} stayed in a hotel for {d} nights.", "The apartment building of {R} has {d} floors.")),
                new Problem(List.of("{A} sold {n1:10-25} raffle tickets on Monday.",
                                "{B} sold {n2:8-20} raffle tickets on Tuesday."),
                        "How many raffle tickets did the two volunteers sell in total?",
                        List.of("{X} bought {d} raffle tickets last year.", "{R} won {d} prizes in a raffle.")));
    }

    private static List<Trivia> trivia() {
        return List.of(
                new Trivia("Which city is the capital of Turkey?", "Ankara", "Istanbul"),
                new Trivia("Who composed The Four Seasons?", "Antonio Vivaldi", "Johann Sebastian Bach"),
                new Trivia("What is the chemical formula for table salt?", "NaCl", "KCl"),
                new Trivia("Which is the smallest country in the world by area?", "Vatican City", "Monaco"),
                new Trivia("Who wrote One Hundred Years of Solitude?", "Gabriel Garcia Marquez", "Jorge Luis Borges"),
                new Trivia("What is the largest moon of Saturn?", "Titan", "Europa"),
                new Trivia("In what year did the Titanic sink?", "1912", "1915"),
                new Trivia("Which mountain range separates Europe from Asia?", "the Ural Mountains", "the Carpathians"),
                new Trivia("What is the most abundant gas in Earth's atmosphere?", "nitrogen", "oxygen"),
                new Trivia("Which painter cut off part of his own ear?", "Vincent van Gogh", "Paul Gauguin"),
                new Trivia("What is the national animal of Scotland?", "the unicorn", "the stag"),
                new Trivia("Which country has the most time zones?", "France", "Russia"),
                new Trivia("Who was the Greek goddess of wisdom?", "Athena", "Aphrodite"),
                new Trivia("How many bones are in the adult human body?", "206", "212"),
                new Trivia("Which desert covers much of Mongolia?", "the Gobi", "the Atacama"),
                new Trivia("What is the capital of New Zealand?", "Wellington", "Auckland"),
                new Trivia("Which scientist proposed the three laws of motion?", "Isaac Newton", "Galileo Galilei"),
                new Trivia("What is the longest bone in the human body?", "the femur", "the tibia"),
                new Trivia("Which city hosted the first modern Olympic Games?", "Athens", "Paris"),
                new Trivia("Who wrote the opera La Traviata?", "Giuseppe Verdi", "Giacomo Puccini"),
                new Trivia("Which planet rotates on its side?", "Uranus", "Neptune"),
                new Trivia("What is the capital of Morocco?", "Rabat", "Casablanca"),
                new Trivia("Which element does the thyroid gland need to make its hormones?", "iodine", "iron"),
                new Trivia("Who was the first woman to win a Nobel Prize?", "Marie Curie", "Rosalind Franklin"),
                new Trivia("What is the currency of Switzerland?", "the Swiss franc", "the euro"),
                new Trivia("Which river forms much of the border between Mexico and the United States?", "the Rio Grande", "the Colorado River"),
                new Trivia("What is the hottest planet in the solar system?", "Venus", "Mercury"),
                new Trivia("In which country is Machu Picchu?", "Peru", "Bolivia"),
                new Trivia("Which is the only mammal capable of true flight?", "the bat", "the flying squirrel"),
                new Trivia("Which architect designed the Sagrada Familia?", "Antoni Gaudi", "Le Corbusier"),
                new Trivia("How many hearts does an octopus have?", "three", "two"),
                new Trivia("What is the capital of Argentina?", "Buenos Aires", "Cordoba"),
                new Trivia("Which novel begins with the words Call me Ishmael?", "Moby-Dick", "Treasure Island"),
                new Trivia("What is the largest island in the world?", "Greenland", "Borneo"),
                new Trivia("Which blood type is known as the universal donor?", "O negative", "AB positive"),
                new Trivia("Who is the author of War and Peace?", "Leo Tolstoy", "Fyodor Dostoevsky"),
                new Trivia("Which country invented paper?", "China", "Egypt"),
                new Trivia("What is the capital of Norway?", "Oslo", "Bergen"),
                new Trivia("Name the largest coral reef system in the world.", "the Great Barrier Reef", "the Belize Barrier Reef"),
                new Trivia("Which chess piece can only move diagonally?", "the bishop", "the rook"));
    }

    private static List<Content> contents() {
        return List.of(
                new Content("argument", List.of(
                        "Museums should be free for everyone.",
                        "Art and history belong to the public that paid for them through taxes.",
                        "I'd argue that free entry brings in the young people who will become tomorrow's donors.")),
                new Content("argument", List.of(
                        "Social media companies should verify the age of their users.",
                        "Children are exposed to content that was never meant for them.",
                        "We already check ages for alcohol and films, so this is nothing new.")),
                new Content("argument", List.of(
                        "The four-day work week is the future.",
                        "Trials in several countries found that output stayed the same while sick days fell.",
                        "Personally, I feel rested workers simply make fewer mistakes.")),
                new Content("argument", List.of(
                        "Fast fashion should carry a pollution tax.",
                        "Cheap clothes are thrown away after a few wears and end up in landfills.",
                        "A tax would make the real cost visible at the till.")),
                new Content("argument", List.of(
                        "Cursive writing no longer needs to be taught.",
                        "Students type almost everything they write outside school.",
                        "The hours spent on cursive could go to coding or statistics.")),
                new Content("argument", List.of(
                        "Nuclear power is essential to cut emissions.",
                        "It produces steady electricity when there is no wind or sun.",
                        "I am sure that closing working plants only makes us burn more gas.")),
                new Content("poem", List.of(
                        "The lighthouse keeper counts the waves",
                        "the way a miser counts his gold;",
                        "he knows the names of all the graves",
                        "the sea has dug, and all it stole.")),
                new Content("poem", List.of(
                        "In my mother's kitchen, saffron light,",
                        "the radio hums an old refrain;",
                        "I believe that every Sunday night",
                        "still smells of onions and of rain.")),
                new Content("poem", List.of(
                        "A fox crossed the frozen field at noon,",
                        "red as a warning, quick as a lie,",
                        "and left a line of tiny moons",
                        "stamped on the snow beneath the sky.")),
                new Content("poem", List.of(
                        "The city sleeps in borrowed light,",
                        "its towers dreaming made of glass;",
                        "the last train sighs into the night,",
                        "and lets the sleeping stations pass.")),
                new Content("solution", List.of(
                        "Problem: A recipe uses 3 eggs for 12 pancakes. How many eggs are needed for 36 pancakes?",
                        "Solution: 36 pancakes is three times 12 pancakes.",
                        "So we need 3 x 3 = 9 eggs.")),
                new Content("solution", List.of(
                        "Problem: A tank holds 500 liters and leaks 20 liters per hour. How long until it is empty?",
                        "Solution: We divide the volume by the leak rate.",
                        "500 / 20 = 25, so the tank is empty after 25 hours.")),
                new Content("solution", List.of(
                        "Problem: Find the perimeter of a square with sides of 7 cm.",
                        "Solution: A square has four equal sides.",
                        "The perimeter is 4 x 7 = 28 cm.")),
                new Content("solution", List.of(
                        "Problem: What is 15% of 80?",
                        "Solution: 10% of 80 is 8 and 5% of 80 is 4.",
                        "Adding them gives 8 + 4 = 12.")));
    }
}
