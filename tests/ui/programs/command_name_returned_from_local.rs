// a command parser that returns a reference to a normalized copy of the command word
fn command_word(line: &str) -> &str {
    let lowered = line.trim().to_lowercase();
    match lowered.split(' ').next() {
        Some(word) => word,
        None => "",
    }
}

fn main() {
    let lines = ["  GET /index", "put /a", "Delete /b"];
    let mut counts = [0usize; 3];
    for line in lines {
        let word = command_word(line);
        match word {
            "get" => counts[0] += 1,
            "put" => counts[1] += 1,
            _ => counts[2] += 1,
        }
        println!("{:?}", word);
    }
    println!("{:?}", counts);
}
