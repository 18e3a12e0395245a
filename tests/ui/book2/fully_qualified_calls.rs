// advanced traits: methods with the same name from several traits, fully qualified syntax
trait Pilot {
    fn fly(&self) -> String;
    fn rank() -> &'static str;
}

trait Bird {
    fn fly(&self) -> String;
}

struct Crow {
    name: String,
}

impl Pilot for Crow {
    fn fly(&self) -> String {
        format!("{} takes the controls", self.name)
    }
    fn rank() -> &'static str {
        "captain"
    }
}

impl Bird for Crow {
    fn fly(&self) -> String {
        format!("{} flaps its wings", self.name)
    }
}

impl Crow {
    fn fly(&self) -> String {
        format!("{} looks around", self.name)
    }
    fn rank() -> &'static str {
        "none"
    }
}

trait Describe {
    fn kind() -> String;
}

struct Cat;

impl Describe for Cat {
    fn kind() -> String {
        String::from("feline")
    }
}

impl Cat {
    fn kind() -> String {
        String::from("kitty")
    }
}

fn main() {
    let c = Crow { name: String::from("Russ") };
    println!("{}", c.fly());
    println!("{}", Pilot::fly(&c));
    println!("{}", Bird::fly(&c));
    println!("{}", <Crow as Bird>::fly(&c));
    println!("{} vs {}", Crow::rank(), <Crow as Pilot>::rank());
    println!("{} / {}", Cat::kind(), <Cat as Describe>::kind());
    let as_str = <i32 as ToString>::to_string(&5);
    let parsed = <u8 as std::str::FromStr>::from_str("200").unwrap();
    println!("{as_str} {parsed}");
    let v = <Vec<u8> as Default>::default();
    println!("{:?} {}", v, <f64 as Default>::default());
}
