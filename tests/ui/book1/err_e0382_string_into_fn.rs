// ownership: a String passed by value to a function, then printed
fn store(title: String, shelf: &mut Vec<String>) {
    shelf.push(title);
}

fn main() {
    let mut shelf = Vec::new();
    let title = String::from("Dune");
    store(title, &mut shelf);
    println!("stored {} books", shelf.len());
    println!("last stored: {}", title);
}
