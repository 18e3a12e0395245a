fn grade(score: u32) -> &'static str {
    const CUTS: [(u32, &str); 4] = [(90, "A"), (80, "B"), (70, "C"), (0, "F")];
    for &(cut, g) in CUTS.iter() {
        if score >= cut {
            return g;
        }
    }
    "?"
}

fn main() {
    const LIMIT: usize = 3;
    let scores = [95, 85, 72, 40, 88];
    for s in scores.iter().take(LIMIT) {
        println!("{} -> {}", s, grade(*s));
    }
    const NAMES: [&str; 2] = ["x", "y"];
    let joined: Vec<String> = NAMES.iter().map(|n| n.to_uppercase()).collect();
    println!("{:?} {} {}", joined, NAMES.len(), NAMES[1]);
}
