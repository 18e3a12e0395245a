// ownership: a value consumed in every iteration of a while loop
fn archive(note: String) -> usize {
    note.len()
}

fn main() {
    let note = String::from("minutes");
    let mut rounds = 0;
    while rounds < 3 {
        let n = archive(note);
        rounds += n;
    }
}
