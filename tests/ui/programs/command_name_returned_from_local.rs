// an HTTP-like command parser that returns a reference to a normalized copy of the command word
#[derive(Debug, Default)]
struct Counts {
    get: usize,
    put: usize,
    other: usize,
}

fn command_word(line: &str) -> &str {
    let lowered = line.trim().to_lowercase();
    match lowered.split(' ').next() {
        Some(word) => word,
        None => "",
    }
}

fn path_of(line: &str) -> Option<&str> {
    line.split_whitespace().nth(1)
}

fn main() {
    let lines = ["  GET /index", "put /a", "Delete /b", "get /about"];
    let mut counts = Counts::default();
    for line in lines {
        let word = command_word(line);
        match word {
            "get" => counts.get += 1,
            "put" => counts.put += 1,
            _ => counts.other += 1,
        }
        println!("{:?} {:?}", word, path_of(line));
    }
    println!("{:?}", counts);
}
