using System;
using System.Collections.Generic;

namespace ArticleCompiler.Annotation;

/// <summary>
/// Which pronoun fits a person: from a courtesy title ("Mrs. Clinton"), a role that says it
/// ("spokeswoman", "congressman") or a common first name. Unknown (null) when nothing says.
/// </summary>
internal static partial class EnglishLexicon
{
    private static readonly HashSet<string> FemaleWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mrs.", "Ms.", "Miss", "Madam", "Lady", "Queen", "Princess", "Dame", "Sister", "spokeswoman", "chairwoman",
        "congresswoman", "businesswoman", "councilwoman", "actress", "mother", "wife", "daughter", "sister", "grandmother",
        "widow", "girlfriend", "niece", "aunt", "woman", "first lady", "mom",
    };

    private static readonly HashSet<string> MaleWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Sir", "Lord", "King", "Prince", "Father", "Brother", "spokesman", "congressman", "businessman", "councilman",
        "father", "husband", "son", "brother", "grandfather", "boyfriend", "nephew", "uncle", "man", "dad",
    };

    // Common first names that are nearly always one gender (names used for both are left out).
    private static readonly HashSet<string> FemaleNameSet = new(StringComparer.Ordinal)
    {
        "Hillary", "Nancy", "Elizabeth", "Sarah", "Carly", "Nikki", "Hope", "Michelle", "Melania", "Ivanka", "Debbie", "Donna",
        "Huma", "Loretta", "Megyn", "Amy", "Kirsten", "Tammy", "Jeanne", "Susan", "Lisa", "Maggie", "Mary", "Patricia",
        "Jennifer", "Linda", "Barbara", "Margaret", "Karen", "Betty", "Helen", "Sandra", "Dorothy", "Ashley", "Kimberly",
        "Emily", "Laura", "Rebecca", "Sharon", "Cynthia", "Kathleen", "Anna", "Ann", "Anne", "Ruth", "Julie", "Joan",
        "Heather", "Diane", "Julia", "Victoria", "Christina", "Rachel", "Catherine", "Katherine",
        "Samantha", "Christine", "Deborah", "Stephanie", "Carolyn", "Janet", "Maria", "Martha", "Alice", "Judith", "Frances",
        "Evelyn", "Cheryl", "Megan", "Andrea", "Olivia", "Jessica", "Sophia", "Grace", "Marsha", "Condoleezza", "Madeleine",
        "Dianne", "Claire", "Kamala", "Angela", "Theresa", "Kellyanne", "Katrina", "Ana", "Katie", "Kate", "Janice",
        "Cecile", "Ruth", "Sonia", "Elena", "Gina", "Jill", "Jane", "Jeanine", "Ileana", "Patty", "Barbra", "Oprah", "Rosa",
        "Brigid", "Hannah", "Natalie", "Erin", "Lauren", "Tina", "Wendy", "Donna", "Gloria", "Eva", "Chelsea", "Tulsi",
        "Debra", "Paula", "Sheila", "Lori", "Tracy", "Tammy", "Mia", "Ella", "Suzanne", "Nina", "Irene", "Carol", "Caroline",
    };

    private static readonly HashSet<string> MaleNameSet = new(StringComparer.Ordinal)
    {
        "Donald", "Bernie", "Ted", "Marco", "John", "Jeb", "Ben", "Chris", "Mike", "Paul", "Barack", "Joe", "Tim", "Bill",
        "Rand", "Rick", "Scott", "Mitch", "Harry", "Jim", "Bob", "Robert", "Tom", "David", "Michael", "Mark", "Steve",
        "Steven", "James", "William", "Richard", "Charles", "George", "Jeff", "Kevin", "Brian", "Jason", "Eric", "Josh",
        "Ryan", "Corey", "Reince", "Newt", "Rudy", "Jake", "Sean", "Martin", "Anthony", "Andrew", "Peter", "Frank", "Larry",
        "Gary", "Dennis", "Jerry", "Jack", "Dan", "Daniel", "Matt", "Matthew", "Patrick", "Nick", "Adam", "Greg", "Doug",
        "Ron", "Ronald", "Roger", "Karl", "Carl", "Pete", "Al", "Alan", "Bruce", "Chuck", "Elijah", "Eddie", "Jon",
        "Jonathan", "Tony", "Vladimir", "Benjamin", "Justin", "Boris", "Nigel", "Joseph", "Thomas", "Christopher", "Kenneth",
        "Edward", "Jeffrey", "Gregory", "Stephen", "Raymond", "Frank", "Samuel", "Dennis", "Walter", "Henry", "Arthur",
        "Lawrence", "Albert", "Willie", "Ralph", "Roy", "Louis", "Eugene", "Wayne", "Russell", "Bobby", "Howard", "Fred",
        "Harold", "Keith", "Kyle", "Terry", "Gerald", "Philip", "Phil", "Jose", "Juan", "Carlos", "Luis", "Hugh", "Ed",
        "Barney", "Orrin", "Lamar", "Trey", "Jared", "Eric", "Reid", "Dick", "Newt", "Jimmy", "Ronnie", "Franklin", "Dwight",
        "Abraham", "Hugo", "Fidel", "Raul", "Xi", "Shinzo", "Francois", "Emmanuel", "Recep", "Bashar", "Hassan", "Ali",
        "Muhammad", "Mohammed", "Ahmed", "Omar", "Khizr", "Rahm", "Cory", "Beto", "Newt", "Steve", "Stuart", "Hank",
        "Kurt", "Glenn", "Rush", "Sheldon", "Marc", "Marty", "Mitt", "Rob", "Trent", "Brent", "Grant", "Troy",
    };

    /// <summary>'f' or 'm' when a title, role or first name says which pronoun fits; otherwise null.</summary>
    public static char? GenderOf(string? firstName, string? role)
    {
        if (role is not null)
        {
            foreach (var word in role.Split(' '))
            {
                if (FemaleWordSet.Contains(word))
                {
                    return 'f';
                }

                if (MaleWordSet.Contains(word))
                {
                    return 'm';
                }
            }
        }

        if (firstName is null)
        {
            return null;
        }

        return FemaleNameSet.Contains(firstName) ? 'f' : MaleNameSet.Contains(firstName) ? 'm' : null;
    }
}
