// ownership: moved on one branch of an if, used after the join
fn store(name: String, shelf: &mut Vec<String>) {
    shelf.push(name);
}

fn main() {
    let mut shelf = Vec::new();
    let name = String::from("atlas");
    let big = name.len() > 3;
    if big {
        store(name, &mut shelf);
    }
    println!("{} {}", name, shelf.len());
}
