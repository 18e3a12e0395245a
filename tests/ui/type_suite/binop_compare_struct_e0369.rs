struct Version { major: u32 }
fn main() {
    let a = Version { major: 1 };
    let b = Version { major: 2 };
    if a == b { println!("same"); }
}
