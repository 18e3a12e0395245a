// structs: update syntax, tuple structs, unit structs
#[derive(Debug, Clone)]
struct Account {
    owner: String,
    email: String,
    active: bool,
    logins: u64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Rgb(u8, u8, u8);

#[derive(Debug)]
struct Meters(f64);

#[derive(Debug, PartialEq)]
struct Marker;

fn build(owner: &str) -> Account {
    Account {
        owner: owner.to_string(),
        email: format!("{owner}@example.org"),
        active: true,
        logins: 1,
    }
}

fn main() {
    let a = build("kim");
    let b = Account { email: String::from("other@example.org"), ..a.clone() };
    println!("{} {} {} {}", b.owner, b.email, b.active, b.logins);

    let c = Account { owner: String::from("lee"), ..a };
    // a.email moved into c, but a.active / a.logins are Copy and still usable
    println!("{} {} {}", c.owner, a.active, a.logins);
    println!("{}", a.owner);

    let red = Rgb(255, 0, 0);
    let Rgb(r, g, bl) = red;
    println!("{r} {g} {bl} {:?}", red);
    let copy = red;
    println!("same? {}", copy == red);

    let m = Meters(3.5);
    println!("{:?} = {} m", m, m.0);

    let k = Marker;
    println!("{:?} {}", k, k == Marker);
}
