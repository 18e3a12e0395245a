// rejected E0596: calling a &mut self method through a binding that was not declared mut
#[derive(Debug)]
struct Thermostat {
    target: f32,
    log: Vec<f32>,
}

impl Thermostat {
    fn new(target: f32) -> Self {
        Thermostat { target, log: Vec::new() }
    }

    fn observe(&mut self, reading: f32) -> &'static str {
        self.log.push(reading);
        if reading < self.target - 0.5 {
            "heat"
        } else if reading > self.target + 0.5 {
            "cool"
        } else {
            "idle"
        }
    }

    fn mean(&self) -> f32 {
        self.log.iter().sum::<f32>() / self.log.len() as f32
    }
}

fn main() {
    let t = Thermostat::new(21.0);
    let readings = [19.2, 20.7, 22.1, 21.4];
    for r in readings {
        let action = t.observe(r);
        println!("{:.1} -> {}", r, action);
    }
    println!("mean {:.2}", t.mean());
}
