// macros: macro_rules! expanding to statements, items, recursive counting and swapped bindings
macro_rules! record {
    ($log:expr; $($item:expr),*) => {
        $( $log.push(format!("<{:?}>", $item)); )*
    };
}

macro_rules! getter {
    ($fname:ident -> $ret:ty = $body:expr) => {
        fn $fname() -> $ret {
            $body
        }
    };
}

macro_rules! tally {
    () => { 0u32 };
    ($first:tt $($others:tt)*) => { 1u32 + tally!($($others)*) };
}

macro_rules! exchange {
    ($left:ident, $right:ident) => {
        let held = $left;
        $left = $right;
        $right = held;
    };
}

macro_rules! record_type {
    ($name:ident { $($field:ident : $fty:ty),* $(,)? }) => {
        #[derive(Debug, Clone, PartialEq)]
        struct $name {
            $($field: $fty),*
        }
    };
}

getter!(limit -> u64 = 8 * 125);
getter!(motto -> &'static str = "measure twice");
record_type!(Sample { id: u16, tags: Vec<String>, });

fn main() {
    let mut log: Vec<String> = Vec::new();
    record!(log; 10, 'z', "word", 2.25);
    println!("{}", log.join(" "));
    println!("{} / {}", limit(), motto());
    println!("{} tokens", tally!(alpha (beta gamma) [delta] 7));
    let mut up = String::from("up");
    let mut down = String::from("down");
    exchange!(up, down);
    println!("{up} {down}");
    let s = Sample { id: 9, tags: vec!["x".to_string()] };
    let t = s.clone();
    println!("{:?} equal={}", s, s == t);
}
