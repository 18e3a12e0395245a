// ownership: clone before moving, giving ownership back from a function
fn take_and_shout(s: String) -> String {
    let mut s = s;
    s.make_ascii_uppercase();
    s.push('!');
    s
}

fn length_and_keep(s: String) -> (String, usize) {
    let n = s.len();
    (s, n)
}

#[derive(Debug, Clone)]
struct Note {
    title: String,
    words: u32,
}

fn archive(note: Note) {
    println!("archived {:?}", note);
}

fn main() {
    let greeting = String::from("hello");
    let copy = greeting.clone();
    let loud = take_and_shout(greeting);
    println!("{copy} -> {loud}");

    let (back, n) = length_and_keep(loud);
    println!("{back} has {n} bytes");

    let x = 5;
    let y = x;
    println!("x = {x}, y = {y}");

    let note = Note { title: String::from("groceries"), words: 12 };
    let backup = note.clone();
    archive(note);
    println!("still have {} ({} words)", backup.title, backup.words);

    let names = vec![String::from("ann"), String::from("bo")];
    let mut moved = Vec::new();
    for name in names {
        moved.push(name + "_x");
    }
    println!("{:?}", moved);

    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = s1 + "-" + &s2;
    println!("{s3} {s2}");
}
