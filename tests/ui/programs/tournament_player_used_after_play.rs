// a tournament round that passes players by value into a match function and then prints the loser's name
#[derive(Debug)]
struct Player {
    name: String,
    rating: u32,
}

fn play(a: Player, b: Player) -> Player {
    if a.rating >= b.rating { a } else { b }
}

fn main() {
    let mut field = vec![
        Player { name: String::from("ana"), rating: 1800 },
        Player { name: String::from("bo"), rating: 1650 },
    ];
    let second = field.pop().unwrap();
    let first = field.pop().unwrap();
    let winner = play(first, second);
    println!("{} won", winner.name);
    println!("{} played too", second.name);
    let history: Vec<String> = vec![winner.name.clone()];
    println!("{:?}", history);
}
