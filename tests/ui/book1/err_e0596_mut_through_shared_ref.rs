// references: a function takes &String and tries to append to it
fn add_suffix(name: &String) {
    name.push_str("_v2");
}

fn main() {
    let mut file = String::from("report");
    add_suffix(&file);
    file.push('!');
    println!("{file}");
}
