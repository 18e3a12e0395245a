// closures: edition-2021 closures capture disjoint fields, so other fields stay usable
#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
    lives: u8,
}

fn main() {
    let mut p = Player { name: String::from("kit"), score: 0, lives: 3 };
    let mut gain = |n: u32| p.score += n;
    println!("{} starts with {} lives", p.name, p.lives);
    gain(10);
    gain(5);
    let n = 7u64;
    let add_n = move |x: u64| x + n;
    println!("{} {}", add_n(1), n);
    let tag = || p.name.len();
    p.lives -= 1;
    println!("{} {:?}", tag(), p);
    let owned_name = move || p.name;
    let s = owned_name();
    println!("{s} {}", p.score);
}
