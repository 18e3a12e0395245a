// references: shared borrows to read, a mutable borrow to change, scoped borrows
fn word_count(text: &String) -> usize {
    text.split_whitespace().count()
}

fn append_signature(text: &mut String, who: &str) {
    text.push_str("\n-- ");
    text.push_str(who);
}

fn main() {
    let mut letter = String::from("dear team, the build is green");
    let n = word_count(&letter);
    println!("{n} words");

    append_signature(&mut letter, "ops");
    println!("{letter}");

    let r1 = &letter;
    let r2 = &letter;
    println!("{} and {}", r1.len(), r2.len());
    let r3 = &mut letter;
    r3.push_str(" (edited)");
    println!("{r3}");

    {
        let tail = &mut letter;
        tail.truncate(10);
    }
    let again = &mut letter;
    again.push('.');
    println!("{letter}");

    let mut scores = [3, 8, 1];
    let first = &mut scores[0];
    *first += 10;
    println!("{:?}", scores);
}
